import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message as the test's SMTP server received it. */
export interface Received {
  to: string[];
  subject: string;
  text: string;
}

/** A real SMTP listener on 127.0.0.1 that keeps every message it receives, parsed. */
export function smtpServer(received: Received[]): SMTPServer {
  return new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      // The envelope is copied before the message ends (STACK.md).
      const to = session.envelope.rcptTo.map((r) => r.address);
      simpleParser(stream)
        .then((mail) => {
          received.push({ to, subject: mail.subject ?? '', text: mail.text ?? '' });
          callback();
        })
        .catch(callback);
    },
  });
}

export const listen = (server: SMTPServer, port: number) =>
  new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });

export const close = (server: SMTPServer) => new Promise<void>((resolve) => server.close(() => resolve()));

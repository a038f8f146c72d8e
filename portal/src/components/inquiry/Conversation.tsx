import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';

export const Conversation_message = graphql(`
  fragment Conversation_message on InquiryMessage {
    id
    author
    authorName
    body
    createdAt
  }
`);

/** An instant as people in Vietnam read it: day and time there, whatever the device's zone. */
export function useFormatDateTime() {
  const { locale } = useI18n();
  const format = new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Asia/Ho_Chi_Minh',
  });
  return (iso: string) => format.format(new Date(iso));
}

/**
 * The messages of an inquiry, oldest first, each with who wrote it and when. `viewer` says whose
 * side the reader is on: their own messages are marked "you" and set to one side, as in a chat.
 */
export function Conversation(props: {
  messages: ReadonlyArray<FragmentType<typeof Conversation_message>>;
  viewer: 'BUYER' | 'PRODUCER';
}) {
  const { t } = useI18n();
  const when = useFormatDateTime();
  const messages = props.messages.map((m) => getFragmentData(Conversation_message, m));
  const answered = messages.some((m) => m.author === 'PRODUCER');
  return (
    <section className="inquiry-conversation" aria-labelledby="conversation-title">
      <h2 id="conversation-title">{t('inquiry.conversation')}</h2>
      <ol className="messages">
        {messages.map((m) => {
          const own = m.author === props.viewer;
          return (
            <li
              key={m.id}
              className={`message ${own ? 'message-own' : 'message-other'} message-${m.author.toLowerCase()}`}
            >
              <p className="message-meta">
                <strong>{own && props.viewer === 'BUYER' ? t('inquiry.you') : m.authorName}</strong>{' '}
                <time dateTime={m.createdAt} className="muted">
                  {when(m.createdAt)}
                </time>
              </p>
              <p className="message-body">{m.body}</p>
            </li>
          );
        })}
      </ol>
      {!answered && props.viewer === 'BUYER' && <p className="muted">{t('inquiry.noAnswerYet')}</p>}
    </section>
  );
}

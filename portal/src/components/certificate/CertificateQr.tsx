import { QRCodeSVG } from 'qrcode.react';

/**
 * The QR code of a certificate check. Its own module, loaded lazily by the certificate card, so
 * that the QR library is fetched only on pages that show one.
 */
export default function CertificateQr({ url, title }: { url: string; title: string }) {
  return <QRCodeSVG value={url} size={136} level="M" marginSize={2} title={title} className="qr-code" />;
}

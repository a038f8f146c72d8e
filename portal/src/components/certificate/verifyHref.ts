/** The path of the certificate check for a number: what a label's QR code opens. */
export function verifyHref(certificateNumber: string): string {
  return `/verify/${encodeURIComponent(certificateNumber)}`;
}

/** The same as an absolute URL on this portal's origin, for the QR code. */
export function verifyUrl(certificateNumber: string, origin: string = window.location.origin): string {
  return new URL(verifyHref(certificateNumber), origin).href;
}

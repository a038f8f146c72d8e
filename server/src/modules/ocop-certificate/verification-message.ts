import { CertificateStatus, type OcopCertificate } from './ocop-certificate.type';

/**
 * The sentences a buyer reads after checking a label, in Vietnamese and in English. They are
 * built so that they cannot be misread: each starts with the status, only a VALID certificate's
 * sentence contains "hợp lệ" / "valid" (the others say "không còn hiệu lực" / "no longer in
 * force"), Vietnamese dates are dd/mm/yyyy and English dates spell the month out.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** '2028-09-12' → '12/09/2028'. */
export const dateVi = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** '2028-09-12' → '12 September 2028'. */
export const dateEn = (iso: string): string =>
  `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

export interface Messages {
  vi: string;
  en: string;
}

export interface KnownCertificate {
  certificate: OcopCertificate;
  status: CertificateStatus | null;
  productName: string;
  /** The product's current certificate and its status, when it is another one. */
  current: { certificate: OcopCertificate; status: CertificateStatus | null } | null;
}

export const UNKNOWN_NUMBER: Messages = {
  vi:
    'Không tìm thấy số chứng nhận này. Sản phẩm có thể không được chứng nhận OCOP: hãy kiểm tra lại số in ' +
    'trên nhãn.',
  en:
    'This certificate number was not found. The product may not be OCOP-certified: check the number printed ' +
    'on the label.',
};

export const AMBIGUOUS_NUMBER: Messages = {
  vi: 'Số này khớp với nhiều chứng nhận: hãy nhập đúng như in trên nhãn, kể cả dấu gạch.',
  en: 'This number matches several certificates: type it exactly as printed on the label, dashes included.',
};

/** What the product holds now, when the checked certificate is not its current one. */
function currentSentence(known: KnownCertificate): Messages | null {
  if (!known.current) return null;
  const { certificate, status } = known.current;
  const n = certificate.certificateNumber;
  switch (status) {
    case CertificateStatus.VALID:
      return {
        vi: `Sản phẩm hiện có chứng nhận ${n}, còn hiệu lực đến ${dateVi(certificate.expiresOn)}.`,
        en: `The product now holds certificate ${n}, in force until ${dateEn(certificate.expiresOn)}.`,
      };
    case CertificateStatus.EXPIRED:
      return {
        vi: `Chứng nhận mới nhất của sản phẩm, ${n}, cũng đã hết hạn từ ${dateVi(certificate.expiresOn)}.`,
        en: `The product’s latest certificate, ${n}, also expired on ${dateEn(certificate.expiresOn)}.`,
      };
    case CertificateStatus.REVOKED:
      return {
        vi: `Chứng nhận mới nhất của sản phẩm, ${n}, đã bị thu hồi ngày ${dateVi(certificate.revokedOn!)}.`,
        en: `The product’s latest certificate, ${n}, was revoked on ${dateEn(certificate.revokedOn!)}.`,
      };
    default:
      return null;
  }
}

export function knownCertificateMessages(known: KnownCertificate): Messages {
  const { certificate, productName } = known;
  const n = certificate.certificateNumber;
  let main: Messages;
  switch (known.status) {
    case CertificateStatus.VALID:
      main = {
        vi: `Chứng nhận OCOP hợp lệ đến ${dateVi(certificate.expiresOn)}: ${productName}, ${certificate.stars} sao.`,
        en: `Valid OCOP certificate until ${dateEn(certificate.expiresOn)}: ${productName}, ${certificate.stars} stars.`,
      };
      break;
    case CertificateStatus.EXPIRED:
      main = {
        vi: `Đã hết hạn từ ${dateVi(certificate.expiresOn)}: chứng nhận OCOP ${n} của ${productName} không còn hiệu lực.`,
        en: `Expired since ${dateEn(certificate.expiresOn)}: OCOP certificate ${n} of ${productName} is no longer in force.`,
      };
      break;
    case CertificateStatus.REVOKED:
      main = {
        vi: `Đã bị thu hồi ngày ${dateVi(certificate.revokedOn!)}: chứng nhận OCOP ${n} của ${productName} không còn hiệu lực.`,
        en: `Revoked on ${dateEn(certificate.revokedOn!)}: OCOP certificate ${n} of ${productName} is no longer in force.`,
      };
      break;
    case CertificateStatus.SUPERSEDED:
      main = {
        vi: `Đã được thay thế ngày ${dateVi(certificate.supersededOn!)}: chứng nhận OCOP ${n} của ${productName} không còn hiệu lực.`,
        en: `Replaced on ${dateEn(certificate.supersededOn!)}: OCOP certificate ${n} of ${productName} is no longer in force.`,
      };
      break;
    default:
      main = {
        vi: `Chứng nhận OCOP ${n} chỉ có hiệu lực từ ${dateVi(certificate.decisionDate)}.`,
        en: `OCOP certificate ${n} is only in force from ${dateEn(certificate.decisionDate)}.`,
      };
  }
  const current = known.status === CertificateStatus.VALID ? null : currentSentence(known);
  return current ? { vi: `${main.vi} ${current.vi}`, en: `${main.en} ${current.en}` } : main;
}

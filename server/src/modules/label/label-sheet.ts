import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { csvCell } from '../ocop-product/catalogue-export.route';
import { deriveCode, groupCode } from './label-code';
import { checkLink, labelSecret } from './label-settings';

/**
 * The label sheet of a batch: an A4 PDF of 24 labels a page (3 × 8, 70 × 37 mm, the common
 * adhesive sheet), serial 1 top left, across then down; and the same codes as CSV for a label
 * printer. Each label: the QR code of `<PUBLIC_URL>/c/<code>` (vector squares, crisp at any
 * printer resolution), the product's name, its stars, the lot, the code typed short, "N/M".
 *
 * Text is set in DejaVu Sans (npm dejavu-fonts-ttf, Bitstream Vera licence, embedded as a subset):
 * PDF's built-in Helvetica has no Vietnamese letters and garbles them without an error.
 */
export const SHEET = {
  pageWidth: 595.28,
  pageHeight: 841.89,
  columns: 3,
  rows: 8,
  labelWidth: 595.28 / 3,
  labelHeight: 841.89 / 8,
  qrX: 9,
  qrY: 9.6,
  qrSize: 86,
} as const;
const PER_PAGE = SHEET.columns * SHEET.rows;

const fontDir = path.join(
  path.dirname(createRequire(__filename).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
);
const FONTS = {
  regular: path.join(fontDir, 'DejaVuSans.ttf'),
  bold: path.join(fontDir, 'DejaVuSans-Bold.ttf'),
  mono: path.join(fontDir, 'DejaVuSansMono-Bold.ttf'),
};

export interface SheetBatch {
  id: string;
  lotNumber: string;
  itemCount: number;
  bestBefore: string | null;
  productName: string;
  stars: number | null;
}

/** Every code of the batch, serial 1 first. */
function* codesOf(batch: SheetBatch): Generator<{ serial: number; code: string }> {
  const secret = labelSecret();
  for (let serial = 1; serial <= batch.itemCount; serial++)
    yield { serial, code: deriveCode(secret, batch.id, serial) };
}

/** The QR modules as runs of dark squares per row, drawn as one path per label. */
function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  // One byte-mode segment and a fixed mask: the library's search for the best segmentation and
  // the best of 8 masks took two thirds of a 10,000-label sheet's time, for no gain a scanner
  // notices on a 29 × 29 symbol.
  const qr = QRCode.create([{ data: Buffer.from(text, 'utf8'), mode: 'byte' }], {
    errorCorrectionLevel: 'M',
    maskPattern: 4,
  });
  const count = qr.modules.size;
  // A quiet zone of two modules inside the square; the label's margin adds to it.
  const unit = size / (count + 4);
  const data = qr.modules.data;
  for (let row = 0; row < count; row++) {
    let col = 0;
    while (col < count) {
      if (!data[row * count + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < count && data[row * count + col]) col++;
      // A hair wider than the run, so adjacent squares show no seam when rasterised.
      doc.rect(x + (start + 2) * unit, y + (row + 2) * unit, (col - start) * unit + 0.05, unit + 0.05);
    }
  }
  doc.fill('#000000');
}

/** The whole PDF, in memory (a 10,000-label sheet is a few megabytes). */
export function labelSheetPdf(batch: SheetBatch): Promise<Buffer> {
  const host = new URL(checkLink('')).host;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    info: { Title: `${batch.productName} — ${batch.lotNumber}`, Creator: 'OCOP platform' },
  });
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('bold', FONTS.bold);
  doc.registerFont('mono', FONTS.mono);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const stars = batch.stars ? `OCOP ${'★'.repeat(batch.stars)}` : 'OCOP';
  const textX = SHEET.qrX + SHEET.qrSize + 6;
  const textWidth = SHEET.labelWidth - textX - 8;
  for (const { serial, code } of codesOf(batch)) {
    const index = (serial - 1) % PER_PAGE;
    if (index === 0) doc.addPage({ size: 'A4', margin: 0 });
    const x = (index % SHEET.columns) * SHEET.labelWidth;
    const y = Math.floor(index / SHEET.columns) * SHEET.labelHeight;
    drawQr(doc, checkLink(code), x + SHEET.qrX, y + SHEET.qrY, SHEET.qrSize);
    doc
      .font('bold')
      .fontSize(7.5)
      .fillColor('#000000')
      .text(batch.productName, x + textX, y + 12, {
        width: textWidth,
        height: 28,
        ellipsis: true,
        lineGap: 0,
      });
    doc
      .font('regular')
      .fontSize(7)
      .text(stars, x + textX, y + 42, { width: textWidth, lineBreak: false });
    doc.text(`Lô ${batch.lotNumber}`, x + textX, y + 52, {
      width: textWidth,
      height: 9,
      ellipsis: true,
      lineBreak: false,
    });
    if (batch.bestBefore)
      doc.text(`HSD ${batch.bestBefore}`, x + textX, y + 61, { width: textWidth, lineBreak: false });
    doc
      .font('mono')
      .fontSize(7.2)
      .text(groupCode(code), x + textX, y + 73, { width: textWidth + 4, lineBreak: false });
    doc
      .font('regular')
      .fontSize(5.5)
      .text(`${host}/c`, x + textX, y + 84, { width: textWidth, lineBreak: false });
    doc.text(`${serial}/${batch.itemCount}`, x + textX, y + 91, { width: textWidth, lineBreak: false });
  }
  doc.end();
  return done;
}

/** The CSV: a header, then serial, code (grouped), link, lot, product; UTF-8 with a BOM for Excel. */
export function labelSheetCsv(batch: SheetBatch): string {
  const lines = ['\uFEFFserial,code,url,lot,product'];
  for (const { serial, code } of codesOf(batch))
    lines.push(
      [serial, groupCode(code), checkLink(code), batch.lotNumber, batch.productName].map(csvCell).join(','),
    );
  return `${lines.join('\r\n')}\r\n`;
}

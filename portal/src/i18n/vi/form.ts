/** Vietnamese strings shared by every form (keys mirrored in ../en/form.ts). */
export const form = {
  errorSummary: 'Có {count} chỗ cần sửa.',
  required: 'Không được để trống mục này.',
  tooLong: 'Nội dung quá dài.',
  tooShort: 'Nội dung quá ngắn.',
} as const;

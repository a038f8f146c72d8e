/** Vietnamese strings shared by every form (keys mirrored in ../en/form.ts). */
export const form = {
  errorSummary: 'Có {count} chỗ cần sửa.',
  required: 'Không được để trống mục này.',
  tooLong: 'Nội dung quá dài.',
  tooShort: 'Nội dung quá ngắn.',
  // An amount in đồng that VndInput cannot read for sure (keys are the refusals of parseVnd).
  vnd: {
    negative: 'Số tiền không được âm.',
    fraction: 'Số tiền tính bằng đồng, không có phần lẻ (ví dụ 38.000 hoặc 38,5k).',
    ambiguous: 'Số tiền này có thể hiểu theo nhiều cách; hãy viết đủ, ví dụ 38.500 hoặc 38,5k.',
    tooLarge: 'Số tiền quá lớn.',
    unreadable: 'Không đọc được số tiền; hãy viết ví dụ 38.000, 38k, 38,5k hoặc 1,2tr.',
  },
} as const;

/**
 * Vietnamese strings added for issue 13's rough edges of navigation (keys mirrored in
 * ../en/edges.ts), in a block of their own.
 */
export const edges = {
  communeCodeFormat: 'Mã xã gồm 5 chữ số, ví dụ 03328.',
  unknownUnit: 'Đơn vị không rõ (mã {code})',
  menuOpen: 'Mở menu',
  menuClose: 'Đóng menu',
  menu: 'Menu',
};

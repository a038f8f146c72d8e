/** Vietnamese strings of the error shown in place of a page that failed (keys mirrored in ../en/routeError.ts). */
export const routeError = {
  title: 'Không mở được trang này',
  offline: 'Có vẻ như thiết bị đang mất kết nối mạng. Hãy kiểm tra kết nối rồi thử lại.',
  failed: 'Đã có lỗi khi tải trang. Vui lòng tải lại trang hoặc quay về trang chủ.',
  reload: 'Tải lại trang',
};

/** Vietnamese strings of the developers' page and the API explorer (keys mirrored in ../en/developers.ts). */
export const developers = {
  title: 'Dành cho nhà phát triển',
  lead: 'Dữ liệu OCOP và nông thôn mới qua một API GraphQL công khai: danh mục sản phẩm, chứng nhận, tiến độ nông thôn mới, dòng thay đổi và webhook cho sàn thương mại điện tử, trung tâm xúc tiến thương mại, nhà bán lẻ và nhà nghiên cứu.',
  contents: 'Mục lục',
  openExplorer: 'Mở trình khám phá API',
  openData: 'Tải dữ liệu mở',
  quickStartTitle: 'Bắt đầu nhanh',
  quickStartText:
    'Mọi truy vấn gửi bằng POST tới {endpoint} với nội dung JSON. Đọc không cần khoá; với khoá, ngân sách lớn hơn và thông tin sử dụng mang tên đối tác của bạn.',
  curlCaption: 'Với curl',
  jsCaption: 'Với JavaScript (fetch, không cần thư viện)',
  keysTitle: 'Khoá API',
  keysText:
    'Quản trị viên nền tảng đăng ký tổ chức đối tác và cấp khoá (chỉ hiện một lần; nền tảng chỉ lưu bản băm và một tiền tố để nhận ra khoá). Gửi khoá trong tiêu đề {header}. Khoá sai, không tồn tại hoặc đã thu hồi nhận HTTP 401 INVALID_API_KEY; khoá bị thu hồi bị từ chối trên mọi máy chủ trong vòng một giây. Khoá chỉ làm được những gì phạm vi của nó cho phép: read (các truy vấn), sync (luồng thay đổi), webhooks (địa chỉ webhook của chính mình); ngoài ra nhận HTTP 403 INSUFFICIENT_SCOPE.',
  limitsTitle: 'Giới hạn và chi phí',
  limitsText:
    'Mỗi khoá có ngân sách điểm mỗi giờ (mặc định 5.000), mỗi địa chỉ ẩn danh một ngân sách nhỏ hơn (mặc định 1.000). Một thao tác tốn 1 + số đối tượng ước tính / 100. Mỗi câu trả lời mang extensions.cost, các tiêu đề x-ratelimit-limit, -remaining, -used, -reset và các tiêu đề chuẩn RateLimit / RateLimit-Policy với chính sách "points"; trường rateLimit cho biết ngân sách mà không tốn điểm. Vượt ngân sách: HTTP 429 RATE_LIMITED kèm Retry-After.',
  limitsShape:
    'Trước khi chạy, mỗi thao tác được kiểm tra: first tối đa 100, tối đa 20 bí danh, lồng tối đa 12 cấp, ước tính tối đa 25.000 đối tượng, một thao tác mỗi yêu cầu, nội dung tối đa 100 kB.',
  errorsTitle: 'Mã lỗi',
  errorsText:
    'Mỗi lỗi có extensions.code và requestId (cũng ở tiêu đề x-request-id). Bảng đầy đủ các mã, trạng thái HTTP và cách xử lý nằm trong README của kho mã; các mã thường gặp:',
  errorCode: 'Mã',
  errorStatus: 'HTTP',
  errorMeaning: 'Ý nghĩa',
  paginationTitle: 'Phân trang',
  paginationText:
    'Danh sách là connection: first (1–100), after (con trỏ), pageInfo { hasNextPage endCursor }, totalCount chỉ tính khi được hỏi. Con trỏ theo khoá (keyset): đi hết danh sách không bỏ sót và không lặp lại mục nào.',
  feedTitle: 'Dòng thay đổi',
  feedText:
    'changes(after, first, types) liệt kê các đối tượng được tạo, cập nhật hoặc rút khỏi danh mục, cũ nhất trước, kể cả chứng nhận hết hạn theo lịch. Giữ pageInfo.endCursor và hỏi lại với nó: khi các thay đổi được ghi đồng thời, không thay đổi nào bị bỏ sót hay lặp lại. Lịch sử được giữ 30 ngày: con trỏ cũ hơn nhận CURSOR_EXPIRED — tải lại dữ liệu mở và theo dõi luồng từ đầu.',
  webhooksTitle: 'Webhook',
  webhooksText:
    'Dùng khoá của bạn (phạm vi webhooks) để đăng ký các địa chỉ HTTPS và sự kiện cần nhận: webhookEndpointCreate (certificate.revoked, certificate.expired, product.listed, product.withdrawn, listing.changed), rồi webhookEndpointUpdate (tạm dừng, bật lại, đổi sự kiện), webhookEndpointRotateSecret và webhookEndpointDelete; webhookEndpoints cho xem nhật ký gửi. Mỗi lần gửi được ký HMAC-SHA256 với khoá bí mật riêng của địa chỉ, kèm dấu thời gian chống phát lại; trả lời 2xx, nếu không sẽ được gửi lại với thời gian chờ tăng dần (8 lần trong khoảng 1,5 giờ).',
  webhooksVerify: 'Kiểm tra chữ ký (Node.js)',
  versioningTitle: 'Phiên bản và ngừng hỗ trợ',
  versioningText:
    'Lược đồ là hợp đồng: schema/schema.graphql được xuất từ máy chủ và lưu trong kho mã. Trường chỉ được đánh dấu @deprecated kèm lý do và thay thế, không bao giờ bị xoá mà không báo trước ít nhất 6 tháng trong nhật ký thay đổi. Kiểm tra tự động (CI) thất bại khi có thay đổi phá vỡ lược đồ chưa được đánh dấu.',
  changelogTitle: 'Nhật ký thay đổi của lược đồ',
  explorerTitle: 'Trình khám phá API GraphQL',
  explorerLead: 'Thử truy vấn ngay trên trình duyệt. Khoá API (nếu có) đặt trong thẻ Headers.',
  explorerDocs: 'Hướng dẫn',
  explorerHome: 'Trang chủ',
  codes: {
    INSUFFICIENT_SCOPE:
      'Phạm vi của khoá không gồm thao tác này (requiredScopes nêu phạm vi còn thiếu): xin một khoá có phạm vi đó.',
    CURSOR_EXPIRED:
      'Con trỏ của luồng thay đổi cũ hơn 30 ngày được lưu: tải lại dữ liệu mở và theo dõi luồng từ đầu.',
    INVALID_API_KEY:
      'Khoá API sai định dạng, không tồn tại hoặc đã bị thu hồi. Kiểm tra tiêu đề Authorization.',
    RATE_LIMITED: 'Đã dùng hết ngân sách điểm hoặc gửi quá nhiều yêu cầu. Chờ số giây trong Retry-After.',
    CROSS_ORIGIN_WRITE:
      'Thao tác ghi từ trang của nguồn (origin) khác bị từ chối: ghi từ máy chủ của bạn, với khoá API.',
    BAD_USER_INPUT: 'Một đối số không hợp lệ; extensions.argumentName hoặc argumentPath cho biết đối số nào.',
    NOT_FOUND: 'Không có đối tượng với mã hoặc ID này.',
    QUERY_TOO_COMPLEX: 'Ước tính quá 25.000 đối tượng: giảm first hoặc chia thành nhiều trang.',
    QUERY_TOO_DEEP: 'Lồng quá 12 cấp: hỏi phần sâu hơn bằng một truy vấn riêng.',
    QUERY_TOO_LARGE: 'Văn bản truy vấn quá 20.000 ký tự hoặc quá 500 trường: chia nhỏ truy vấn.',
    TOO_MANY_ALIASES:
      'Quá 20 bí danh trong một thao tác: dùng trường danh sách (ví dụ verifyOcopCertificates).',
    BATCH_NOT_SUPPORTED: 'Mỗi yêu cầu chỉ một thao tác: gửi mảng JSON không được chấp nhận.',
    BODY_TOO_LARGE: 'Nội dung yêu cầu quá 100 kB.',
    QUERY_TIMEOUT: 'Một câu lệnh chạy quá 5 giây và đã bị dừng: thu hẹp truy vấn.',
    REQUEST_TIMEOUT: 'Yêu cầu không được trả lời trong 15 giây: thử lại sau.',
    SERVICE_UNAVAILABLE: 'Cơ sở dữ liệu tạm thời không sẵn sàng: thử lại sau vài giây.',
    INTERNAL_SERVER_ERROR: 'Lỗi phía máy chủ; gửi requestId cho quản trị viên.',
  },
};

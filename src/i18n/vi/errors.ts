/**
 * Build and save errors in Vietnamese (`error.`), and the kinds of personal data they name
 * (`privacy.kind.`). The build names the file and the field before these.
 * Flat keys, merged with the other dictionaries by src/i18n/strings.ts; `{name}` marks a value
 * filled in by `t()`.
 */
export const errors = {
  // Personal data a story must not show
  'privacy.kind.phone': 'số điện thoại',
  'privacy.kind.idNumber': 'số căn cước công dân hoặc chứng minh nhân dân',
  'privacy.kind.houseNumber': 'số nhà hoặc địa chỉ nhà',
  'privacy.kind.birthDate': 'ngày sinh đầy đủ',

  // Build errors (the build names the file and the field before these)
  'error.required': 'thiếu trường bắt buộc',
  'error.empty': 'không được để trống',
  'error.emptyList': 'cần ít nhất một mục',
  'error.tooLong': 'dài quá {max} ký tự',
  'error.date': 'không phải ngày có thật dạng NNNN-TT-NN (ví dụ 2025-01-13)',
  'error.url': 'cần một địa chỉ bắt đầu bằng http:// hoặc https://',
  'error.time': 'giờ không đúng dạng; cần giờ:phút theo 24 giờ, ví dụ 08:00 hoặc 14:30',
  'error.announcementExpires':
    'ngày hết hiển thị ({expires}) không được trước ngày diễn ra ({date}); cần từ {date} trở đi',
  'error.announcementEnd': 'ngày kết thúc ({end}) không được trước ngày bắt đầu ({date})',
  'error.announcementEndTime': 'giờ kết thúc ({end}) phải sau giờ bắt đầu ({start}) khi cùng một ngày',
  'error.docNumber': 'số văn bản không đúng dạng; cần ví dụ 98/2023/NĐ-CP hoặc 08/KH-UBND (số dưới 10 viết 08)',
  'error.docNumberSymbol': 'ký hiệu "{symbol}" không hợp với loại {type}; cần dạng như {example}',
  'error.docNumberYearMissing': 'số của văn bản loại {type} phải có năm ban hành, ví dụ {example}',
  'error.docNumberYearExtra': 'văn bản loại {type} là văn bản hành chính, số không ghi năm; ví dụ {example}',
  'error.docNumberYearDiffers':
    'năm trong số ({year}) khác năm của ngày ban hành ({issuedYear}); số văn bản đánh lại từ 01 mỗi năm nên hai năm phải trùng nhau',
  'error.expiresBeforeStart': 'ngày hết hiệu lực ({expires}) phải sau ngày bắt đầu có hiệu lực ({start})',
  'error.relationSelf': 'văn bản không thể có quan hệ với chính nó; chọn số của văn bản khác',
  'error.duplicateUnit':
    '{unit} xuất hiện hai lần trong phần nội dung (dòng {first} và dòng {line} của phần nội dung); sửa lại số cho đúng',
  'error.relationToLater':
    'ghi "{kind}" văn bản {number} ({otherFile}) ban hành ngày {otherDate}, sau văn bản này ({date}); một văn bản chỉ căn cứ, hướng dẫn, sửa đổi, thay thế hay bãi bỏ văn bản ban hành trước nó: kiểm tra chiều của quan hệ hoặc ngày ban hành',
  'error.relationBothSides':
    'mâu thuẫn với {otherFile} › {otherField}: tệp này ghi "{kind}" văn bản {number}, tệp kia lại ghi "{otherKind}" văn bản này; quan hệ chỉ ghi ở văn bản ban hành sau (trang tự hiện chiều ngược lại), hãy xóa một trong hai',
  'error.slug': 'chỉ dùng chữ thường không dấu, số và dấu gạch ngang, ví dụ tdp-1',
  'error.notInSettings': 'giá trị không có trong danh sách cài đặt; chọn một trong: {values}',
  'error.invalidOption': 'giá trị "{value}" không hợp lệ; chọn một trong: {values}',
  'error.wrongType': 'sai kiểu dữ liệu; cần {expected}',
  'error.unknownField': 'trường "{name}" không có trong mẫu; các trường hợp lệ: {names}',
  'error.missingImage': 'không tìm thấy tệp ảnh "{path}" (đường dẫn tính từ thư mục của bài)',
  'error.notImage':
    'tệp "{path}" không phải ảnh JPEG, PNG, WebP, GIF, AVIF hay SVG (ảnh HEIC của điện thoại cần chuyển sang JPEG trước)',
  'error.missingFile': 'không tìm thấy tệp "{path}" trong public/',
  'error.missingEntry': 'không có mục "{id}" trong content/{collection}/',
  'error.missingDocument': 'không có văn bản số "{id}" trong content/documents/',
  'error.duplicateId': 'trùng đường dẫn "{id}" với {other}; mỗi mục cần một tên riêng',
  'error.consentMissing': 'câu chuyện về cá nhân hoặc hộ gia đình cần hồ sơ đồng ý (consent) trước khi đăng',
  'error.consentStory': 'hồ sơ đồng ý chưa cho phép đăng câu chuyện (consent.story: true)',
  'error.consentName': 'hồ sơ đồng ý chưa cho phép đăng tên (consent.name: true), hoặc bỏ tên',
  'error.consentPhoto': 'bài có ảnh nhưng hồ sơ đồng ý chưa cho phép đăng ảnh (consent.photo: true), hoặc bỏ ảnh',
  'error.consentMinorGiver': 'nhân vật chưa đủ 18 tuổi: người đồng ý phải là cha, mẹ hoặc người giám hộ',
  'error.consentChild': 'trẻ từ 7 tuổi trở lên cũng phải đồng ý (consent.childAgreed: true)',
  'error.consentWithdrawn': 'sự đồng ý đã bị rút lại ngày {date}; không được đăng câu chuyện này',
  'error.personalData':
    'dòng {line}: "{text}" trông giống {kind}; câu chuyện không được đăng {kind}. Hãy xóa hoặc viết chung chung (ví dụ "ở tổ dân phố số 3"); nếu người trong bài đã đồng ý công khai, ghi đúng "{text}" vào privacyOverride.allow và lý do vào privacyOverride.reason',
  'error.reservedId': 'tên "{id}" trùng với một đường dẫn dành sẵn của trang Gương sáng ({ids}); hãy đặt tên tệp khác',
  'error.taskId':
    'mã nhiệm vụ chỉ dùng chữ thường không dấu, số và dấu gạch ngang (không quá 60 ký tự), ví dụ tuyen-truyen',
  'error.taskDuplicate':
    'mã nhiệm vụ "{id}" đã dùng ở {otherFile} › {otherField}; mỗi nhiệm vụ của các kế hoạch cần một mã riêng',
  'error.taskUnknown': 'không có văn bản nào nêu nhiệm vụ mã "{id}"; chọn một trong: {ids}',
  'error.taskNone':
    'không có văn bản nào nêu nhiệm vụ mã "{id}", và chưa văn bản nào có danh sách nhiệm vụ (tasks); bỏ trường này hoặc thêm nhiệm vụ vào kế hoạch',
  'error.bulletinItem': 'mục loại "{kind}" cần điền trường {field}',
  'error.milestoneDateOrder':
    'ngày {date} sớm hơn bước ngay trên ({previous}, ngày {previousDate}); xếp các bước theo thứ tự thời gian hoặc sửa lại ngày',
  'error.milestoneKindOrder':
    'bước "{kind}" không thể đứng sau bước "{previous}"; thứ tự là {k0} → {k1} → {k2} → {k3} → {k4}',
  'error.milestoneBeforeStart':
    'bước "{kind}" ngày {date} trước ngày bắt đầu phong trào ({start}); sửa ngày của bước hoặc ngày bắt đầu',
  'error.milestoneAfterEnd':
    'bước "{kind}" ngày {date} sau ngày kết thúc phong trào ({end}); chỉ "{after0}" và "{after1}" được sau ngày kết thúc, hãy sửa ngày của bước hoặc ngày kết thúc',
  'error.registrationWhoMissing': 'mục đăng ký chưa nói ai đăng ký; chọn một tổ dân phố hoặc ghi tên đơn vị',
  'error.registrationWhoBoth':
    'mục đăng ký vừa chọn tổ dân phố vừa ghi tên đơn vị; mỗi mục chỉ một trong hai, hãy xóa một hoặc tách thành hai mục',
  'error.resultDecisionMissing':
    'kết quả chưa có quyết định khen thưởng; chọn quyết định đã đăng trên trang, hoặc ghi số quyết định (ví dụ 129/QĐ-UBND)',
  'error.resultDecisionBoth':
    'kết quả ghi quyết định hai lần; chọn quyết định trên trang hoặc ghi số và ngày quyết định, chỉ một trong hai cách',
  'error.resultDecisionDateOnly':
    'có ngày quyết định nhưng chưa có số quyết định; ghi số quyết định (ví dụ 129/QĐ-UBND)',
  'error.settingsMissing': 'thiếu tệp cài đặt; cần tạo tệp này theo mẫu',
  'error.yaml': 'lỗi cú pháp YAML: {message}',
  'error.mdxInCms':
    'tệp .mdx không dùng được trong thư mục do CMS quản lý (có thể chạy mã); đổi đuôi tệp thành .md và chỉ dùng Markdown',
  'error.emptyBody': 'bài chưa có nội dung; viết phần nội dung (dưới phần thông tin) trước khi đăng',
  'error.header': 'Nội dung có lỗi, trang chưa được xuất bản:',
} as const;

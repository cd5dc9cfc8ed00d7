/**
 * The new-ward script in Vietnamese (`newWard.`): its help, option errors and report
 * (scripts/new-ward.ts). The names it writes into the settings are content
 * (src/lib/content/ward-names.ts).
 * Flat keys, merged with the other dictionaries by src/i18n/strings.ts; `{name}` marks a value
 * filled in by `t()`.
 */
export const newWard = {
  // Starting a new ward from this repository (npm run new-ward, scripts/new-ward.ts)
  'newWard.usage':
    'Cách dùng:\n  npm run new-ward -- --unit-name "Tân Phong" --unit-kind xã --province "tỉnh Lai Châu" --site-url https://guongsang.tanphong.gov.vn --remove-examples\nHoặc --keep-examples thay cho --remove-examples. Thêm --dry-run để chỉ xem trước, không ghi gì.',
  'newWard.help':
    'Chuyển nội dung mẫu của kho mã sang phường, xã của bạn: ghi tên, cấp, tỉnh và địa chỉ trang vào content/settings/, xóa các mục của phường cũ và các văn bản của địa phương cũ (giữ văn bản trung ương), rồi xóa các mục ví dụ (--remove-examples) hoặc giữ lại và đổi tên phường cũ trong đó (--keep-examples).',
  'newWard.option.unitName': 'tên phường, xã, không ghi cấp',
  'newWard.option.unitKind': 'cấp: {kinds}',
  'newWard.option.province': 'tỉnh hoặc thành phố, ghi cả cấp',
  'newWard.option.siteUrl': 'địa chỉ công khai của trang, ở gốc một tên miền',
  'newWard.option.removeExamples': 'xóa các mục ví dụ (câu chuyện, phong trào, bản tin có example: true)',
  'newWard.option.keepExamples': 'giữ các mục ví dụ và đổi tên phường cũ trong đó',
  'newWard.option.dryRun': 'chỉ in ra những gì sẽ đổi, không ghi tệp nào',
  'newWard.error.heading': 'Chưa đổi gì vì tùy chọn chưa đúng:',
  'newWard.error.unknown': '{option}: không có tùy chọn này; các tùy chọn là {options}.',
  'newWard.error.noValue': '{option} cần một giá trị, ví dụ {option} {example}.',
  'newWard.error.flagValue': '{option} không nhận giá trị; chỉ ghi {option}.',
  'newWard.error.repeated': '{option} được ghi nhiều lần; chỉ ghi một lần.',
  'newWard.error.stray':
    '"{value}" không thuộc tùy chọn nào; giá trị có dấu cách phải đặt trong ngoặc kép, ví dụ --unit-name "Tân Phong".',
  'newWard.error.missing': 'thiếu {option} ({what}), ví dụ {option} {example}.',
  'newWard.error.examplesMissing':
    'thiếu --remove-examples hoặc --keep-examples: chọn --remove-examples để xóa các mục ví dụ, hoặc --keep-examples để giữ lại và đổi tên phường, xã cũ trong đó.',
  'newWard.error.examplesBoth': '--remove-examples và --keep-examples không dùng cùng nhau; chỉ chọn một.',
  'newWard.error.empty': '{option} không được để trống, ví dụ {option} {example}.',
  'newWard.error.tooLong': '{option} dài {length} ký tự; tối đa {max} ký tự.',
  'newWard.error.unitKind': '--unit-kind "{value}" không đúng; chỉ dùng được: {kinds}.',
  'newWard.error.unitNameWithKind':
    '--unit-name "{value}" có cả cấp "{kind}"; chỉ ghi tên (--unit-name "{name}") và ghi cấp ở --unit-kind {kind}.',
  'newWard.error.unitNameChars': '--unit-name "{value}" chỉ được gồm chữ, chữ số, dấu cách và dấu gạch nối.',
  'newWard.error.province':
    '--province "{value}" cần ghi cả cấp: bắt đầu bằng "tỉnh" hoặc "thành phố", ví dụ "tỉnh Lai Châu" hoặc "thành phố Hà Nội".',
  'newWard.error.siteUrl':
    '--site-url "{value}" không phải địa chỉ một trang web; cần dạng https://guongsang.tanphong.gov.vn.',
  'newWard.error.siteUrlHttps': '--site-url "{value}" phải dùng https://, ví dụ {suggestion}.',
  'newWard.error.siteUrlPath':
    '--site-url "{value}" có đường dẫn "{path}": trang phải đặt ở gốc một tên miền vì trang không hỗ trợ thư mục con; dùng {suggestion} hoặc một tên miền riêng cho trang.',
  'newWard.error.siteUrlExtra':
    '--site-url "{value}" chỉ gồm https:// và tên miền, không có tên đăng nhập, "?" hay "#"; ví dụ {suggestion}.',
  'newWard.error.settings':
    '{file} › {field}: thiếu hoặc không phải chữ; cần giá trị của phường, xã hiện tại để biết phải đổi gì.',
  'newWard.error.content': 'Nội dung hiện có lỗi, chưa đổi gì; sửa các lỗi này rồi chạy lại:',
  'newWard.report.heading': 'Đã chuyển trang sang {committee}:',
  'newWard.report.headingDryRun': 'Xem trước (--dry-run), chưa ghi tệp nào; sẽ chuyển trang sang {committee}:',
  'newWard.report.settings': 'ghi {file}: {fields}',
  'newWard.report.removed': 'xóa {file} ({reason})',
  'newWard.report.reason.example': 'mục ví dụ',
  'newWard.report.reason.old-ward-record': 'mục của {oldUnit}, không phải ví dụ',
  'newWard.report.reason.local-document': 'văn bản của địa phương: {issuer}',
  'newWard.report.reason.nothing-left': 'không còn gì sau khi bỏ các mục đã xóa',
  'newWard.report.asset': 'xóa {file} (chỉ các mục đã xóa dùng)',
  'newWard.report.dropped': 'sửa {file}: bỏ {field} = {value} (mục đã xóa)',
  'newWard.report.keepFolder': 'ghi {file} để giữ thư mục khi không còn mục nào (CMS cần thư mục này)',
  'newWard.report.renamed': 'sửa {file}: đổi tên {oldUnit} thành {newUnit} ({count} chỗ)',
  'newWard.report.leftover': 'Lưu ý: {file} dòng {line} vẫn có "{text}"; hãy xem lại.',
  'newWard.report.leftoverDocument':
    'Lưu ý: {file} dòng {line} vẫn có "{text}"; văn bản pháp luật được giữ nguyên như khi ban hành nên không tự sửa, hãy xem lại.',
  'newWard.report.nothing': 'Không có gì phải đổi.',
  'newWard.report.checkFailed': 'Nội dung sau khi đổi còn lỗi, npm run build sẽ dừng:',
  'newWard.report.next':
    'Việc còn lại: cập nhật địa chỉ, điện thoại, thư điện tử trong content/settings/contacts.yaml và các tổ dân phố trong content/settings/residential-groups.yaml (đang là ví dụ); chạy npm run build; xem thay đổi bằng git status và git diff.',
} as const;

import { describe, expect, test } from 'vitest';
import { word } from '../../src/i18n/wording/message.ts';
import { parseNewWardArgs } from '../../src/content-pipeline/new-ward-options.ts';
import { TAN_PHONG_ARGS } from '../fixtures/new-ward/tan-phong.ts';

const GOOD = TAN_PHONG_ARGS;

/** The problems reported for `argv`, worded as the script prints them; [] when it is accepted. */
function problems(argv: string[]): string[] {
  const result = parseNewWardArgs(argv);
  return result.kind === 'problems' ? result.problems.map(word) : [];
}

/** GOOD with one option's value replaced. */
function withValue(option: string, value: string): string[] {
  const argv = [...GOOD, '--remove-examples'];
  argv[argv.indexOf(option) + 1] = value;
  return argv;
}

describe('parseNewWardArgs', () => {
  test('reads the four values and the choice for the examples', () => {
    expect(parseNewWardArgs([...GOOD, '--keep-examples'])).toEqual({
      kind: 'options',
      options: {
        unitName: 'Tân Phong',
        unitKind: 'xã',
        province: 'tỉnh Lai Châu',
        siteUrl: 'https://guongsang.tanphong.gov.vn',
        examples: 'keep',
        dryRun: false,
      },
    });
  });

  test('takes --name=value, NFD, extra spaces, upper-case kinds and a trailing slash on the address', () => {
    const result = parseNewWardArgs([
      `--unit-name=  ${'Tân  Phong'.normalize('NFD')} `,
      '--unit-kind=Xã',
      '--province',
      'Tỉnh Lai Châu',
      '--site-url=https://GuongSang.TanPhong.gov.vn/',
      '--remove-examples',
      '--dry-run',
    ]);
    expect(result).toEqual({
      kind: 'options',
      options: {
        unitName: 'Tân Phong',
        unitKind: 'xã',
        province: 'tỉnh Lai Châu',
        siteUrl: 'https://guongsang.tanphong.gov.vn',
        examples: 'remove',
        dryRun: true,
      },
    });
  });

  test('--help wins over everything else', () => {
    expect(parseNewWardArgs(['--help', '--bogus'])).toEqual({ kind: 'help' });
  });

  test('without --remove-examples or --keep-examples it says to choose one, naming both', () => {
    expect(problems(GOOD)).toEqual([expect.stringMatching(/--remove-examples.*--keep-examples/)]);
    expect(problems([...GOOD, '--remove-examples', '--keep-examples'])).toEqual([
      expect.stringMatching(/không dùng cùng nhau/),
    ]);
  });

  test('names every missing option with what it holds and an example', () => {
    const found = problems(['--keep-examples']);
    expect(found).toEqual([
      'thiếu --unit-name (tên phường, xã, không ghi cấp), ví dụ --unit-name "Tân Phong".',
      'thiếu --unit-kind (cấp: phường, xã, đặc khu), ví dụ --unit-kind xã.',
      'thiếu --province (tỉnh hoặc thành phố, ghi cả cấp), ví dụ --province "tỉnh Lai Châu".',
      'thiếu --site-url (địa chỉ công khai của trang, ở gốc một tên miền), ví dụ --site-url https://guongsang.tanphong.gov.vn.',
    ]);
  });

  test('an unknown kind lists the three allowed', () => {
    expect(problems(withValue('--unit-kind', 'thị trấn'))).toEqual([
      '--unit-kind "thị trấn" không đúng; chỉ dùng được: phường, xã, đặc khu.',
    ]);
    expect(problems(withValue('--unit-kind', 'đặc khu'))).toEqual([]);
  });

  test('a name written with its kind says to split it', () => {
    expect(problems(withValue('--unit-name', 'xã Tân Phong'))).toEqual([
      '--unit-name "xã Tân Phong" có cả cấp "xã"; chỉ ghi tên (--unit-name "Tân Phong") và ghi cấp ở --unit-kind xã.',
    ]);
    expect(problems(withValue('--unit-name', 'Tân <Phong>'))).toEqual([expect.stringMatching(/chỉ được gồm chữ/)]);
    expect(problems(withValue('--unit-name', ' '))).toEqual([expect.stringMatching(/không được để trống/)]);
    expect(problems(withValue('--unit-name', 'Tân Phong '.repeat(10)))).toEqual([
      '--unit-name dài 99 ký tự; tối đa 80 ký tự.',
    ]);
  });

  test('a province without its kind is refused with both kinds as examples', () => {
    expect(problems(withValue('--province', 'Lai Châu'))).toEqual([
      '--province "Lai Châu" cần ghi cả cấp: bắt đầu bằng "tỉnh" hoặc "thành phố", ví dụ "tỉnh Lai Châu" hoặc "thành phố Hà Nội".',
    ]);
    expect(problems(withValue('--province', 'thành phố Hà Nội'))).toEqual([]);
  });

  test('the address must be https at the root of a domain', () => {
    expect(problems(withValue('--site-url', 'http://guongsang.tanphong.gov.vn'))).toEqual([
      '--site-url "http://guongsang.tanphong.gov.vn" phải dùng https://, ví dụ https://guongsang.tanphong.gov.vn.',
    ]);
    expect(problems(withValue('--site-url', 'https://tanphong.gov.vn/guong-sang/'))).toEqual([
      '--site-url "https://tanphong.gov.vn/guong-sang/" có đường dẫn "/guong-sang/": trang phải đặt ở gốc một tên miền vì trang không hỗ trợ thư mục con; dùng https://tanphong.gov.vn hoặc một tên miền riêng cho trang.',
    ]);
    expect(problems(withValue('--site-url', 'https://tanphong.gov.vn/?a=1'))).toEqual([
      expect.stringMatching(/không có tên đăng nhập, "\?" hay "#"/),
    ]);
    for (const bad of ['guongsang.tanphong.gov.vn', 'ftp://tanphong.gov.vn', 'https://localhost'])
      expect(problems(withValue('--site-url', bad)), bad).toEqual([
        expect.stringMatching(/không phải địa chỉ một trang web/),
      ]);
  });

  test('unknown options, stray words, a missing value, a flag with a value and a repeated option are each named', () => {
    expect(problems([...GOOD, '--keep-examples', '--ward', 'x'])).toEqual([
      expect.stringMatching(/^--ward: không có tùy chọn này; các tùy chọn là --unit-name, /),
      expect.stringMatching(/^"x" không thuộc tùy chọn nào/),
    ]);
    expect(problems(['--unit-name', '--unit-kind', 'xã', ...GOOD.slice(4), '--keep-examples'])).toEqual([
      '--unit-name cần một giá trị, ví dụ --unit-name "Tân Phong".',
    ]);
    expect(problems([...GOOD, '--keep-examples=yes'])).toEqual([
      '--keep-examples không nhận giá trị; chỉ ghi --keep-examples.',
    ]);
    expect(problems([...GOOD, '--unit-kind', 'xã', '--keep-examples'])).toEqual([
      '--unit-kind được ghi nhiều lần; chỉ ghi một lần.',
    ]);
  });
});

test('a problem is a code and its values; a missing option names what it is for, as a code too', () => {
  const result = parseNewWardArgs(['--unit-name', 'Tân Phong', '--province', 'tỉnh Lai Châu', '--keep-examples']);
  expect(result.kind === 'problems' && result.problems).toEqual([
    {
      code: 'newWard.error.missing',
      params: {
        option: '--unit-kind',
        what: { code: 'newWard.option.unitKind', params: { kinds: 'phường, xã, đặc khu' } },
        example: 'xã',
      },
    },
    {
      code: 'newWard.error.missing',
      params: {
        option: '--site-url',
        what: { code: 'newWard.option.siteUrl', params: { kinds: 'phường, xã, đặc khu' } },
        example: 'https://guongsang.tanphong.gov.vn',
      },
    },
  ]);
});

// Word documents (.docx): built here from hand-written XML, zipped with fflate, then
// read as `shengao check` reads them. Automatic numbering, a table, a tracked change,
// a comment and a footnote, plus the Word files that cannot be read.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { readDocx, DocxError } from '../server/src/docx/index';
import { chineseNumber, formatNumber } from '../server/src/docx/numbering';
import { callCli } from './helpers';
import type { JsonReport } from '../server/src/cli/formatters/json';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A .docx: the parts given, plus the content types Word needs to open it. */
function docx(parts: { document: string; numbering?: string; styles?: string; footnotes?: string }): Buffer {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${parts.document}<w:sectPr/></w:body></w:document>`,
    ),
  };
  if (parts.numbering) files['word/numbering.xml'] = strToU8(`<w:numbering ${W}>${parts.numbering}</w:numbering>`);
  if (parts.styles) files['word/styles.xml'] = strToU8(`<w:styles ${W}>${parts.styles}</w:styles>`);
  if (parts.footnotes) files['word/footnotes.xml'] = strToU8(`<w:footnotes ${W}>${parts.footnotes}</w:footnotes>`);
  return Buffer.from(zipSync(files));
}

const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
/** A paragraph: optional style, optional list (numId, ilvl), runs of raw XML. */
function p(body: string, opts: { style?: string; num?: [number, number] } = {}): string {
  const pPr =
    opts.style || opts.num
      ? `<w:pPr>${opts.style ? `<w:pStyle w:val="${opts.style}"/>` : ''}${opts.num ? `<w:numPr><w:ilvl w:val="${opts.num[1]}"/><w:numId w:val="${opts.num[0]}"/></w:numPr>` : ''}</w:pPr>`
      : '';
  return `<w:p>${pPr}${body}</w:p>`;
}

function lvl(ilvl: number, fmt: string, text: string, extra = ''): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
}

// List 1: 一、 / （一） / 1. / (1) / ① (the outline of a Chinese report). List 2: 一是 / 二是 … List 3: the same
// definition as list 1, restarted at level 2 by a startOverride.
const NUMBERING =
  `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、', '<w:suff w:val="nothing"/>')}${lvl(1, 'chineseCounting', '（%2）')}${lvl(2, 'decimal', '%3.')}${lvl(3, 'decimal', '(%4)')}${lvl(4, 'decimalEnclosedCircleChinese', '%5')}</w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="1">${lvl(0, 'chineseCounting', '%1是')}</w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>` +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
  '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' +
  '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>' +
  '<w:num w:numId="4"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>';

// 标题 1 as a Chinese Word names heading 1 in styles.xml, numbered by list 1, level 0.
const STYLES =
  '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>';

const REPORT = [
  p(run('2024年度区档案馆工作总结'), { style: 'Title' }),
  p(run('履行职责情况'), { style: '1' }),
  p(run('档案接收进馆有序推进。全年接收进馆档案1.2万卷'), { num: [1, 1] }).replace(
    '</w:p>',
    `<w:r><w:footnoteReference w:id="2"/></w:r>${run('，完成率100%。')}</w:p>`,
  ),
  p(
    `${run('馆藏数字化稳步实施。完成档案扫描')}<w:del w:id="7" w:author="王科长"><w:r><w:delText>15万页</w:delText></w:r></w:del><w:ins w:id="8" w:author="王科长">${run('18万页')}</w:ins>${run('，')}<w:commentRangeStart w:id="0"/>${run('数字化率达到85%。')}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>`,
    { num: [1, 1] },
  ),
  p(run('主要指标完成情况如下：')),
  '<w:tbl><w:tblPr/>' +
    `<w:tr><w:tc>${p(run('指标'))}</w:tc><w:tc>${p(run('目标'))}</w:tc><w:tc>${p(run('完成'))}</w:tc></w:tr>` +
    `<w:tr><w:tc>${p(run('接收档案（卷）'))}</w:tc><w:tc>${p(run('10000'))}</w:tc><w:tc>${p(run('12000'))}</w:tc></w:tr>` +
    '</w:tbl>',
  // Hand-typed after two automatic ones: （三） where （三） is due is fine; this one skips to （四）.
  p(run('（四）开放利用服务群众。接待查档群众3600人次。')),
  p(run('存在的问题'), { style: '1' }),
  p(run('库房面积趋于饱和。'), { num: [1, 1] }),
  p(run('专业人员不足。'), { num: [1, 2] }),
  p(run('兼职档案员流动性大。'), { num: [1, 2] }),
  p(run('下步工作打算'), { style: '1' }),
  p(run('加快新馆建设前期工作；'), { num: [2, 0] }),
  p(run('开展档案业务培训2期。'), { num: [2, 0] }),
  p(run('第三条'), { num: [3, 0] }),
  p(run('重新编号'), { num: [4, 0] }),
].join('');

const FOOTNOTES =
  '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
  `<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r>${run(' 含区直单位移交的到期档案。')}</w:p></w:footnote>`;

const EXPECTED =
  [
    '2024年度区档案馆工作总结',
    '# 一、履行职责情况',
    '（一）档案接收进馆有序推进。全年接收进馆档案1.2万卷，完成率100%。',
    '（二）馆藏数字化稳步实施。完成档案扫描18万页，数字化率达到85%。',
    '主要指标完成情况如下：',
    '指标 | 目标 | 完成',
    '接收档案（卷） | 10000 | 12000',
    '（四）开放利用服务群众。接待查档群众3600人次。',
    '# 二、存在的问题',
    '（一）库房面积趋于饱和。',
    '1.专业人员不足。',
    '2.兼职档案员流动性大。',
    '# 三、下步工作打算',
    '一是加快新馆建设前期工作；',
    '二是开展档案业务培训2期。',
    '3.第三条',
    '1.重新编号',
    '注1：含区直单位移交的到期档案。',
  ].join('\n\n') + '\n';

const dirs: string[] = [];
function workspace(files: Record<string, Buffer | string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'shengao-docx-'));
  dirs.push(dir);
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

const call = callCli;

describe('docx: reading a Word document', () => {
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('reading order, heading styles, automatic numbering, a table as rows, a tracked change accepted, the comment ignored, the footnote last', () => {
    const { text, spans } = readDocx(docx({ document: REPORT, numbering: NUMBERING, styles: STYLES, footnotes: FOOTNOTES }));
    assert.equal(text, EXPECTED);
    assert.deepEqual(
      spans.map((s) => s.label),
      [
        '第 1 段',
        '第 2 段',
        '第 3 段',
        '第 4 段',
        '第 5 段',
        '表 1 第 1 行',
        '表 1 第 2 行',
        '第 6 段',
        '第 7 段',
        '第 8 段',
        '第 9 段',
        '第 10 段',
        '第 11 段',
        '第 12 段',
        '第 13 段',
        '第 14 段',
        '第 15 段',
        '脚注 1',
      ],
    );
    assert.equal(text.slice(spans[2].start, spans[2].end), '（一）档案接收进馆有序推进。全年接收进馆档案1.2万卷，完成率100%。');
  });

  it('number formats as Word writes them', () => {
    assert.deepEqual(
      [1, 10, 11, 20, 21, 105, 110].map((n) => chineseNumber(n)),
      ['一', '十', '十一', '二十', '二十一', '一百零五', '一百一十'],
    );
    assert.equal(formatNumber(3, 'decimalEnclosedCircleChinese'), '③');
    assert.equal(formatNumber(2, 'ideographTraditional'), '乙');
    assert.equal(formatNumber(12, 'chineseLegalSimplified'), '壹拾贰');
    assert.equal(formatNumber(4, 'lowerRoman'), 'iv');
  });

  it('shengao check: the skipped （四） is found, pointing at the Word paragraph and a line of the extracted text', async () => {
    const dir = workspace({ '档案馆总结.docx': docx({ document: REPORT, numbering: NUMBERING, styles: STYLES, footnotes: FOOTNOTES }) });
    const r = await call(['check', '--format', 'json', '--jobs', '1'], dir);
    const rep = JSON.parse(r.stdout) as JsonReport;
    assert.deepEqual(rep.skipped, []);
    const f = rep.files[0];
    assert.equal(f.path, '档案馆总结.docx');
    assert.deepEqual(
      f.sections.map((s) => s.kind),
      ['duties', 'problems', 'next'],
    );
    const seq = f.findings.find((x) => x.ruleId === 'outline/sequence');
    assert.ok(seq, JSON.stringify(f.findings.map((x) => x.ruleId)));
    assert.equal(seq.line, EXPECTED.split('\n').indexOf('（四）开放利用服务群众。接待查档群众3600人次。') + 1);
    assert.deepEqual(seq.word, { place: '第 6 段', quote: '（四）开放利用服务群众。接待查档…' });
    // （三） is due only because Word numbered the two paragraphs before it （一） and （二）.
    assert.equal(seq.data?.expected, 3, seq.message);
    assert.equal(seq.data?.found, 4);
    const human = await call(['check', '--jobs', '1'], dir);
    assert.match(human.stdout, /Word 第 6 段：“（四）开放利用服务群众。接待查档…”/);
  });

  it('--fix does not rewrite a Word file, and says so', async () => {
    const bytes = docx({ document: REPORT, numbering: NUMBERING, styles: STYLES, footnotes: FOOTNOTES });
    const dir = workspace({ 'a.docx': bytes });
    const r = await call(['check', '--fix', 'a.docx'], dir);
    assert.deepEqual(readFileSync(join(dir, 'a.docx')), bytes);
    assert.match(r.stderr, /--fix 不改写 Word 文档/);
  });

  it('legacy .doc, .wps, a password-protected and a corrupt .docx: one line each saying to save as .docx, exit 2', async () => {
    const cfb = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    const encrypted = Buffer.concat([cfb, Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(64)]);
    const dir = workspace({
      '旧稿.doc': cfb,
      '旧稿.wps': cfb,
      '加密.docx': encrypted,
      '损坏.docx': docx({ document: REPORT }).subarray(0, 300),
      '空.docx': Buffer.from(zipSync({ 'a.txt': strToU8('x') })),
    });
    for (const [name, want] of [
      ['旧稿.doc', /旧稿\.doc：这是旧版 Word 97-2003 或 WPS 格式.*另存为 \.docx/],
      ['旧稿.wps', /旧稿\.wps：这是旧版 Word 97-2003 或 WPS 格式.*另存为 \.docx/],
      ['加密.docx', /加密\.docx：文档设有打开密码.*另存为 \.docx/],
      ['损坏.docx', /损坏\.docx：文件已损坏.*另存为 \.docx/],
      ['空.docx', /空\.docx：不是 Word 文档/],
    ] as const) {
      const r = await call(['check', name], dir);
      assert.equal(r.code, 2, name);
      assert.match(r.stderr, want);
      assert.equal(r.stderr.split('\n').filter((l) => l.includes(name)).length, 1, r.stderr);
    }
    assert.throws(() => readDocx(Buffer.from('not a zip')), DocxError);
  });

  it("a folder search finds .docx (upper-case too) and skips Word's ~$ lock files", async () => {
    const bytes = docx({ document: REPORT, numbering: NUMBERING, styles: STYLES, footnotes: FOOTNOTES });
    const dir = workspace({ '总结.DOCX': bytes, '~$总结.docx': Buffer.from([0x05, 0x57]), '说明.TXT': '一、履行职责情况\n' });
    const rep = JSON.parse((await call(['check', '--format', 'json', '--jobs', '1'], dir)).stdout) as JsonReport;
    assert.deepEqual(
      rep.files.map((f) => f.path),
      ['总结.DOCX', '说明.TXT'],
    );
    assert.deepEqual(rep.skipped, []);
  });
});

describe('docx: the HTML report and trace', () => {
  it('the HTML report names the Word paragraph of each finding; trace reads a .docx plan', async () => {
    const dir = workspace({ '档案馆总结.docx': docx({ document: REPORT, numbering: NUMBERING, styles: STYLES, footnotes: FOOTNOTES }) });
    const html = (await call(['check', '--format', 'html', '--jobs', '1'], dir)).stdout;
    assert.match(html, /Word 第 6 段 · 提取文字第 15 行/);
    // Last year's plan as a Word file, this year's summary as text: 下步工作打算 items are traced.
    const lastYear = [
      p(run('2023年度区档案馆工作总结'), { style: 'Title' }),
      p(run('下步工作打算'), { style: '1' }),
      p(run('加快新馆建设前期工作。'), { num: [2, 0] }),
    ].join('');
    writeFileSync(join(dir, '2023.docx'), docx({ document: lastYear, numbering: NUMBERING, styles: STYLES }));
    writeFileSync(
      join(dir, '2024.txt'),
      '一、履行职责情况\n（一）新馆建设前期工作加快推进，完成立项和选址。\n二、存在的问题\n（一）库房面积趋于饱和。\n三、下步工作打算\n（一）开展档案业务培训。\n',
    );
    const t = await call(['trace', '2023.docx', '2024.txt', '--format', 'json'], dir);
    assert.equal(t.code, 0, t.stderr);
    assert.match(t.stdout, /加快新馆建设前期工作/);
  });
});

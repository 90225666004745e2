import { expect, test } from 'vitest';
import { chooserPages, chooserProblems, type ChooserForm } from '../../src/lib/chooser/tree.ts';
import { chooserSchema as chooserSchemaFor, type Chooser } from '../../src/lib/schemas/chooser.ts';
import { validateYamlData } from '../../src/lib/content/yaml.ts';
import { dataFile } from '../helpers/content.ts';
import { formsData } from '../helpers/content-data.ts';

const chooserSchema = chooserSchemaFor(['proposal-system', 'process']);
const siteForms: ChooserForm[] = formsData().map((form) => ({ id: form.slug, traits: form.data.chooser }));
const siteResults = () => chooserPages(dataFile('chooser'), siteForms).filter((page) => page.kind === 'result');

/**
 * Every path through the site's chooser, written out by hand from the forms' definitions: the
 * answers a reader clicks (by their opening words), the form they must end on, and the closest
 * alternative the result must offer. The oracle for the chooser, not computed from it.
 */
const expectedPaths: { answers: string[]; forms: string[]; alternative?: string }[] = [
  { answers: ['地域の団体が企画し主催する事業', '区の名義（後援）だけ'], forms: ['endorsement'], alternative: 'cooperation' },
  { answers: ['地域の団体が企画し主催する事業', '会場、人手、情報、広報などの手伝い'], forms: ['cooperation'], alternative: 'subsidy' },
  { answers: ['地域の団体が企画し主催する事業', '事業にかかる費用の一部'], forms: ['subsidy'], alternative: 'commissioning' },
  // A group that wants several kinds of help at once (a 町会's festival: the ward's name and a tent, perhaps money) is led to the combination.
  { answers: ['地域の団体が企画し主催する事業', 'いくつかを組み合わせて', '名義と、会場・人手などの手伝い'], forms: ['cooperation', 'endorsement'] },
  { answers: ['地域の団体が企画し主催する事業', 'いくつかを組み合わせて', '名義と、費用の一部'], forms: ['subsidy', 'endorsement'] },
  { answers: ['地域の団体が企画し主催する事業', 'いくつかを組み合わせて', '手伝いと、費用の一部'], forms: ['cooperation', 'subsidy'] },
  { answers: ['地域の団体が企画し主催する事業', 'いくつかを組み合わせて', '名義、手伝い、費用の一部のすべて'], forms: ['cooperation', 'subsidy', 'endorsement'] },
  { answers: ['区の事業に、地域の団体が加わる', '内容と成果を区が決め'], forms: ['commissioning'], alternative: 'subsidy' },
  { answers: ['区の事業に、地域の団体が加わる', '区が実施し、計画づくりや実施の過程に'], forms: ['proposal-participation'], alternative: 'council' },
  { answers: ['区と地域の団体が、一緒に', '特定の行事や事業を、一緒に主催', '1つです'], forms: ['co-hosting'], alternative: 'executive-committee' },
  { answers: ['区と地域の団体が、一緒に', '特定の行事や事業を、一緒に主催', '2つ以上です'], forms: ['executive-committee'], alternative: 'co-hosting' },
  { answers: ['区と地域の団体が、一緒に', '地域の課題について、続けて'], forms: ['council'], alternative: 'proposal-participation' },
  // A group that wants to propose a project starts here, in its own words.
  { answers: ['区に、協働で取り組む事業を提案したい', '区の事業として取り入れ、計画づくりや実施に'], forms: ['proposal-participation'], alternative: 'council' },
  { answers: ['区に、協働で取り組む事業を提案したい', '区の事業として取り入れ、内容を決めて実施を契約で'], forms: ['commissioning'], alternative: 'subsidy' },
  { answers: ['区に、協働で取り組む事業を提案したい', '団体の事業として団体が行い'], forms: ['subsidy'], alternative: 'commissioning' },
  { answers: ['区に、協働で取り組む事業を提案したい', '区と提案した団体が、一緒に主催'], forms: ['co-hosting'], alternative: 'executive-committee' },
];

/**
 * Words that would contradict an answer, by hand: once a reader has said whose project it is,
 * the definition they are shown must not say it is someone else's.
 */
const contradictions: { answer: string; mustNotSay: RegExp }[] = [
  { answer: '地域の団体が企画し主催する事業', mustNotSay: /区の事業|区が自らの事業|共に主催者/ },
  { answer: '団体の事業として団体が行い', mustNotSay: /区の事業|区が自らの事業|共に主催者/ },
  { answer: '区の事業に、地域の団体が関わります', mustNotSay: /活動主体が主催する|活動主体が自ら企画|共に主催者/ },
  { answer: '区の事業として取り入れ', mustNotSay: /活動主体が主催する|活動主体が自ら企画|共に主催者/ },
  { answer: '特定の行事や事業を、一緒に主催', mustNotSay: /継続して|活動主体が主催する事業に/ },
  { answer: '地域の課題について、続けて', mustNotSay: /特定の行事|主催者となる/ },
  { answer: '1つです', mustNotSay: /組織をつくり/ },
  { answer: '2つ以上です', mustNotSay: /共に主催者/ },
];

test('every path through the site chooser ends on the form the hand-written table expects', () => {
  const results = siteResults();
  const walked = results.map((page) => {
    const expected = expectedPaths.find((path) => path.answers.length === page.steps.length && path.answers.every((start, index) => page.steps[index]!.answer.startsWith(start)));
    // A combination is compared as a set: the page lists its forms in the forms' order.
    return { answers: page.steps.map((step) => step.answer), forms: [...page.forms].sort(), expected: expected && [...expected.forms].sort() };
  });
  for (const path of walked) expect(path.forms, path.answers.join(' → ')).toEqual(path.expected);
  expect(results).toHaveLength(expectedPaths.length);
});

test('every result offers the closest alternative the table expects, with the sentence that tells them apart', () => {
  for (const page of siteResults().filter((result) => result.forms.length === 1)) {
    const expected = expectedPaths.find((path) => path.answers.length === page.steps.length && path.answers.every((start, index) => page.steps[index]?.answer.startsWith(start)))!;
    const form = formsData().find((candidate) => candidate.slug === page.forms[0])!;
    expect(form.data.related[0]!.form, page.href).toBe(expected.alternative);
    expect(form.data.related[0]!.note.length, page.href).toBeGreaterThan(10);
  }
});

test('no result contradicts an earlier answer', () => {
  for (const page of siteResults()) {
    const definition = page.forms.map((id) => formsData().find((candidate) => candidate.slug === id)!.data.summary).join('\n');
    for (const step of page.steps) {
      for (const rule of contradictions.filter((candidate) => step.answer.startsWith(candidate.answer))) {
        expect(definition, `${page.href}: 「${step.answer}」と答えた人に`).not.toMatch(rule.mustNotSay);
      }
    }
  }
});

test('the two walks of the issue end in an answer within five taps', () => {
  // A 町会 officer asking the ward to help with a disaster drill her 町会 runs; a new staff member with an NPO's proposal.
  const pages = siteResults();
  const drill = pages.find((page) => page.steps[0]!.answer.startsWith('地域の団体が企画') && page.steps[1]!.answer.startsWith('会場、人手'))!;
  const proposal = pages.find((page) => page.steps[0]!.answer.startsWith('区に、協働で取り組む事業を提案したい') && page.steps[1]!.answer.startsWith('区の事業として取り入れ、内容を決めて'))!;
  expect(drill.forms).toEqual(['cooperation']);
  expect(proposal.forms).toEqual(['commissioning']);
  expect(proposal.guides).toEqual(['proposal-system']);
  // A group proposing is shown the present state of the proposal system the guideline announces.
  expect(proposal.statuses).toEqual(['proposalSystem']);
  for (const page of [drill, proposal]) expect(page.steps.length).toBeLessThanOrEqual(4);
});

// Small invented trees, for the checks a content author can trip.
const forms: ChooserForm[] = [
  { id: 'endorsement', traits: { owner: 'group', support: 'name' } },
  { id: 'subsidy', traits: { owner: 'group', support: 'money' } },
  { id: 'commissioning', traits: { owner: 'ward', execution: 'contract' } },
];
const valid = `start: a
questions:
  - id: a
    question: 質問A
    answers:
      - label: 団体の事業
        facts: { owner: group }
        next: b
      - label: 区の事業
        facts: { owner: ward }
  - id: b
    question: 質問B
    guide: proposal-system
    answers:
      - label: 名義
        facts: { support: name }
      - label: お金
        facts: { support: money }
`;

const parse = (yaml: string) => validateYamlData(yaml, 'content/chooser.yaml', chooserSchema);
const problemsOf = (yaml: string) => parse(yaml).problems.map(String);
const treeProblemsOf = (yaml: string, withForms = forms) => chooserProblems(parse(yaml).data as Chooser, withForms).map((problem) => problem.message);

test('a valid small tree gives one page per path, each result named by its form', () => {
  const { data, problems } = parse(valid);
  expect(problems.map(String)).toEqual([]);
  expect(chooserPages(data!, forms).map((page) => `${page.kind} ${page.href} ${page.kind === 'result' ? page.guides.join(',') : ''}`.trim())).toEqual([
    'question /forms/choose/',
    'question /forms/choose/b/',
    'result /forms/choose/b/endorsement/ proposal-system',
    'result /forms/choose/b/subsidy/ proposal-system',
    'result /forms/choose/commissioning/',
  ]);
});

test('a path that fits no form, or several, is reported with its answers', () => {
  expect(treeProblemsOf(valid.replace('facts: { support: money }', 'facts: { support: help }'))).toContain('「団体の事業」 → 「お金」 と答えた人に合う形態がありません。答えの facts か、形態のページの chooser: を見直してください');
  const twoFit = [...forms, { id: 'contract-too', traits: { owner: 'ward', execution: 'contract' } } as ChooserForm];
  expect(treeProblemsOf(valid, twoFit).join('\n')).toMatch(/「区の事業」 と答えた人に合う形態が2つあります（commissioning、contract-too）/);
});

test('a form no path reaches is reported', () => {
  const extra = [...forms, { id: 'council', traits: { owner: 'joint', span: 'ongoing' } } as ChooserForm];
  expect(treeProblemsOf(valid, extra).join('\n')).toMatch(/結果にならない形態があります: council/);
});

test('two answers of one question ending on the same form are reported', () => {
  expect(treeProblemsOf(valid.replace('facts: { support: money }', 'facts: {}').replace('facts: { support: name }', 'facts: { support: name }'), [forms[0]!, forms[2]!]).join('\n')).toMatch(/同じ結果「endorsement」/);
});

test('an answer asking for several things ends on one form for each, named together in the address', () => {
  const combined = valid.replace('      - label: お金\n        facts: { support: money }', '      - label: お金\n        facts: { support: money }\n      - label: 名義とお金\n        facts: { support: [name, money] }');
  expect(parse(combined).problems.map(String)).toEqual([]);
  const results = chooserPages(parse(combined).data!, forms).filter((page) => page.kind === 'result');
  expect(results.map((page) => page.href)).toContain('/forms/choose/b/endorsement-and-subsidy/');
  // A combination whose parts do not each find a form is reported.
  expect(treeProblemsOf(combined.replace('support: [name, money]', 'support: [name, help]')).join('\n')).toMatch(/2つのことを組み合わせて求める答えですが、合う形態は1つです（endorsement）/);
  // The same value twice is refused.
  expect(problemsOf(combined.replace('support: [name, money]', 'support: [name, name]')).join('\n')).toMatch(/同じ値が二度/);
});

test('an answer pointing nowhere is reported at its line', () => {
  expect(problemsOf(valid.replace('next: b', 'next: bb'))).toContain('content/chooser.yaml:8:15 「questions[1番目].answers[1番目].next」: 次の質問「bb」が questions にありません');
});

test('a loop back to an earlier question is refused', () => {
  expect(problemsOf(valid.replace('facts: { support: money }', 'facts: { support: money }\n        next: a')).join('\n')).toMatch(/戻る道があります（a → b → a）/);
});

test('asking the same thing twice on a path is refused', () => {
  expect(problemsOf(valid.replace('facts: { support: name }', 'facts: { owner: ward }')).join('\n')).toMatch(/「owner」は、この道の前の答えですでに決まっています/);
});

test('an unknown fact or value is refused with what may be written', () => {
  expect(problemsOf(valid.replace('facts: { support: name }', 'facts: { support: land }')).join('\n')).toMatch(/name.*help.*money/);
  expect(problemsOf(valid.replace('facts: { support: name }', 'facts: { colour: red }')).join('\n')).toMatch(/colour/);
});

test('a question no path reaches is reported', () => {
  const orphan = `${valid}  - id: c\n    question: 孤立\n    answers:\n      - label: 一\n        facts: {}\n      - label: 二\n        facts: {}\n`;
  expect(problemsOf(orphan).join('\n')).toMatch(/質問「c」には、どの答えからもたどり着けません/);
});

test('a guide that is not a guidebook page is refused', () => {
  expect(problemsOf(valid.replace('guide: proposal-system', 'guide: nowhere')).join('\n')).toMatch(/guide/);
});

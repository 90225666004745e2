/**
 * Ids that page layouts give their generated sections. Pages use these constants, and the
 * content check uses the same lists to tell whether a link such as /forms/subsidy/#roles
 * points at something that exists.
 */

/** Sections of a form's page, in order. */
export const formSectionIds = ['roles', 'examples', 'fits-when', 'not-fit-when', 'paperwork', 'cautions', 'principle', 'related'] as const;

/** Sections of a principle's page, in order. */
export const principleSectionIds = ['ward-practice', 'group-practice', 'mistakes', 'checklist', 'forms-at-risk'] as const;

/** Sections of /forms/. */
export const formsIndexIds = ['list', 'zones', 'compare', 'zones-text'] as const;

/** The table of completions that <CompletionList /> draws. */
export const completionListId = 'completions';

/** Anchors of the glossary's kana rows: #row-a, #row-ka … */
export const kanaRowIds: Record<string, string> = { あ: 'a', か: 'ka', さ: 'sa', た: 'ta', な: 'na', は: 'ha', ま: 'ma', や: 'ya', ら: 'ra', わ: 'wa' };

/** The anchor of a kana row on /glossary/. */
export const kanaRowId = (row: string) => `row-${kanaRowIds[row] ?? row}`;

/** The main content, which every page has (the skip link's target). */
export const mainId = 'main';

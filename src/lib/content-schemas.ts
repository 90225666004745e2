import { z } from 'zod';

/** A calendar date written as `2026-04-01` in frontmatter. */
const isoDate = z.coerce.date();

/** A non-empty line of text. */
const text = z.string().trim().min(1);

/** A list of non-empty lines, at least `min` long. */
const lines = (min: number) => z.array(text).min(min);

/** Who a page is written for; search can narrow results to one audience. */
export const audiences = ['residents', 'groups', 'staff'] as const;

/** Fields every page of the site has. */
const pageBase = {
  /** The page's `<h1>` and the first part of its `<title>`. */
  title: text,
  /** One or two sentences for search engines, link previews and listings. */
  description: z.string().trim().min(10).max(200),
  /** The date the text last changed, shown in the footer as 最終更新日. */
  updated: isoDate,
  /** Who the page is written for (residents, groups, staff), for the search filter. Optional. */
  audience: z.array(z.enum(audiences)).min(1).optional(),
};

/** Frontmatter of `content/guideline/*.mdx`: one page per section of the official summary. */
export const guidelineSchema = z
  .object({
    ...pageBase,
    /** Short name used in navigation and previous/next links, e.g. 「第1章 経緯と位置付け」. */
    navTitle: text,
    /** Position in the guideline, 0 for the overview page. */
    order: z.number().int().min(0),
    /**
     * The heading of `content/source/kyodo-shishin-gaiyo.md` where this page's text begins,
     * without the `#` marks. The fidelity test checks the page against that part of the source.
     */
    seedHeading: text,
  })
  .strict();

/** Frontmatter of `content/pages/*.mdx`: standalone pages such as この文書について. */
export const standalonePageSchema = z.object({ ...pageBase }).strict();

/** File names (slugs) of the four principle pages, in the guideline's order. */
export const principleSlugs = ['equality', 'mutual-understanding', 'autonomy', 'transparency'] as const;

/** File names (slugs) of the eight form pages, in the guideline's order. */
export const formSlugs = [
  'cooperation',
  'subsidy',
  'endorsement',
  'co-hosting',
  'executive-committee',
  'council',
  'commissioning',
  'proposal-participation',
] as const;

/**
 * The 協働の領域, from what residents do alone to what the ward does alone,
 * as Japanese collaboration guidelines draw it (see the diagram on /forms/).
 */
export const collaborationZones = ['resident-only', 'resident-led', 'equal', 'ward-led', 'ward-only'] as const;

const principleSlug = z.enum(principleSlugs);
const formSlug = z.enum(formSlugs);

/** Frontmatter of `content/principles/*.mdx`: one page per 協働の原則. */
export const principleSchema = z
  .object({
    ...pageBase,
    /** Position in the guideline's list (1–4). */
    order: z.number().int().min(1).max(principleSlugs.length),
    /** What the principle means, in one sentence. */
    summary: text,
    /** What keeping it looks like for ward staff. */
    wardPractice: lines(3),
    /** What keeping it looks like for groups (町会・自治会, NPO・ボランティア団体 …). */
    groupPractice: lines(3),
    /** Common misunderstandings and what to do instead. */
    mistakes: z.array(z.object({ /** The mistake. */ mistake: text, /** What to do instead. */ instead: text }).strict()).min(2),
    /** A short checklist to keep the principle, phrased as questions. */
    checklist: lines(3).max(8),
    /** The forms that put this principle most at risk, and why. */
    formsAtRisk: z.array(z.object({ /** Form slug. */ form: formSlug, /** Why it is at risk there. */ why: text }).strict()).min(1),
  })
  .strict();

/** One party's role in a form, in a short table cell and a full sentence. */
const role = z
  .object({
    /** For the comparison table: a few words, at most 16 characters. */
    short: text.max(16),
    /** The full explanation on the form's page. */
    detail: text,
  })
  .strict();

/** Frontmatter of `content/forms/*.mdx`: one page per 協働の形態. */
export const formSchema = z
  .object({
    ...pageBase,
    /** Position in the guideline's list (1–8). */
    order: z.number().int().min(1).max(formSlugs.length),
    /** Definition of the form in one or two sentences. */
    summary: text,
    /** The part of the 協働の領域 the form covers: one zone, or neighbouring zones in order. */
    zones: z
      .array(z.enum(collaborationZones))
      .min(1)
      .max(3)
      .refine((zones) => zones.every((zone, index) => index === 0 || collaborationZones.indexOf(zone) === collaborationZones.indexOf(zones[index - 1]!) + 1), {
        message: `隣り合う領域を、${collaborationZones.join(' → ')} の順に書いてください`,
      }),
    /** Who plans the project (企画). */
    planning: role,
    /** Who pays (費用負担). */
    funding: role,
    /** Who is responsible for running the project (実施の責任). */
    responsibility: role,
    /** Who carries liability to third parties, e.g. for accidents (事故などの責任). */
    liability: role,
    /** Typical examples, general rather than real named projects. */
    examples: lines(2),
    /** When the form fits. */
    fitsWhen: lines(2),
    /** When it does not fit. */
    notFitWhen: lines(1),
    /** The paperwork usually involved (申請書, 協定書 …). */
    paperwork: lines(1),
    /** Things to watch. */
    cautions: lines(1),
    /** Forms to compare with, and how they differ. */
    related: z.array(z.object({ /** Form slug. */ form: formSlug, /** How it differs. */ note: text }).strict()).min(1),
    /** The principle most at risk in this form, and why. */
    principleAtRisk: z.object({ /** Principle slug. */ principle: principleSlug, /** Why. */ why: text }).strict(),
  })
  .strict();

/** Steps of a 協働事業, in order, as drawn in the guidebook's flow diagram. */
export const processStepIds = ['trigger', 'study', 'choose-form', 'select-partner', 'agreement', 'implement', 'review', 'feedback'] as const;

/** Frontmatter of `content/guidebook/*.mdx`: one page per chapter of the 職員向けガイドブック. */
export const guidebookSchema = z
  .object({
    ...pageBase,
    /** Short name for the chapter list and previous/next links. */
    navTitle: text,
    /** Position in the guidebook. */
    order: z.number().int().min(1),
    /** The process steps this chapter explains, for the step indicator. */
    steps: z.array(z.enum(processStepIds)).default([]),
  })
  .strict();

/** Pamphlet formats and the panels each is made of, in reading order. */
export const pamphletPanels = {
  /** A4 portrait, printed on both sides. */
  flyer: ['front', 'back'],
  /** A4 landscape, printed on both sides and roll-folded into three. */
  trifold: ['cover', 'flap', 'inside-left', 'inside-center', 'inside-right', 'back-cover'],
} as const;

export type PamphletFormat = keyof typeof pamphletPanels;

/** A value an organiser fills in for an event; `null` shows as 〔未記入〕 until then. */
const fillable = z.string().trim().min(1).nullable();

/** Frontmatter of `content/pamphlets/*.mdx`: one printed pamphlet each. */
export const pamphletSchema = z
  .object({
    ...pageBase,
    /** `flyer` (A4, two pages) or `trifold` (A4 landscape, folded in three). */
    format: z.enum(Object.keys(pamphletPanels) as [PamphletFormat, ...PamphletFormat[]]),
    /** A line under the headline. */
    subtitle: text.optional(),
    /** The event the pamphlet is handed out at or announces; leave out for a general pamphlet. */
    event: z
      .object({
        /** Name of the lecture or event. */
        name: text,
        /** Date, e.g. 「2027年2月13日（土）」. */
        date: fillable,
        /** Time, e.g. 「14時から16時まで」. */
        time: fillable,
        /** Venue. */
        place: fillable,
        /** Who holds the event. */
        organiser: fillable,
        /** How to apply, or 「申込みは不要です」. */
        application: fillable,
      })
      .strict()
      .optional(),
  })
  .strict();

export type GuidelineData = z.output<typeof guidelineSchema>;
export type StandalonePageData = z.output<typeof standalonePageSchema>;
export type PrincipleData = z.output<typeof principleSchema>;
export type FormData = z.output<typeof formSchema>;
export type GuidebookData = z.output<typeof guidebookSchema>;
export type PamphletData = z.output<typeof pamphletSchema>;
export type FormSlug = (typeof formSlugs)[number];
export type PrincipleSlug = (typeof principleSlugs)[number];
export type CollaborationZone = (typeof collaborationZones)[number];
export type ProcessStepId = (typeof processStepIds)[number];
export type Audience = (typeof audiences)[number];

/**
 * How the printed guidebook is bound, in one place: the colophon and the README state it, the
 * renderer pads the book block to whole signatures with it, and the cover spread's spine is
 * measured from it (scripts/lib/pdf/book/).
 *
 * An A4 book of about 90 pages is too thick to saddle-stitch (most shops stop at 64–80 pages),
 * so it is perfect-bound (無線綴じ): the book block is folded in signatures and glued into a
 * separate cover of 表1, spine and 表4, whose insides (表2, 表3) are left unprinted.
 */
export const binding = {
  /** The binding, as the colophon and the README say it. */
  method: '無線綴じ',
  /** Pages to a signature (折): an A4 book folds in 16s from a full sheet and in 8s from a half, so the block is a multiple of 8. */
  signaturePages: 8,
  /**
   * Thickness of one leaf (two pages) of the body paper. 0.1 mm is about 70 kg 上質紙 (四六判), the
   * usual paper of a ward's booklet; change it here when the printer names the paper.
   */
  paperMmPerLeaf: 0.1,
  /** The most pages the book block may have: six signatures of 16. */
  maxPages: 96,
  /** The most blank pages the block may carry (to fill its last signature). */
  maxBlankPages: 4,
} as const;

/** The pages of the book block for a text of `contentPages` pages: whole signatures. */
export const bookBlockPages = (contentPages: number) => Math.ceil(contentPages / binding.signaturePages) * binding.signaturePages;

/** The spine's width in mm: one leaf for every two pages of the block. */
export const spineWidthMm = (blockPages: number) => Math.round((blockPages / 2) * binding.paperMmPerLeaf * 10) / 10;

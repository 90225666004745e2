/**
 * The page of the printed guidebook, as src/styles/print-guidebook.css sets it (a unit test
 * reads the stylesheet and compares): A4, 24 mm above the text, 22 mm below, 32 mm on the
 * binding side and 29.5 mm outside.
 */
export const bookPage = {
  widthMm: 210,
  heightMm: 297,
  marginTopMm: 24,
  marginBottomMm: 22,
  marginInsideMm: 32,
  marginOutsideMm: 29.5,
};

const pointsPerMm = 72 / 25.4;
/** The text area in PDF points from the top of the page: running heads are above it, folios below. */
export const bodyPoints = { top: bookPage.marginTopMm * pointsPerMm, bottom: (bookPage.heightMm - bookPage.marginBottomMm) * pointsPerMm };


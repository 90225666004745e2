// What rendering one print product yields: its own module, so the renderer of one product
// (render-product.ts) and the renderer of them all (render-products.ts) share it without
// importing each other.
import type { RenderedPdf } from './downloads-page.ts';

export interface RenderResult extends RenderedPdf {
  pdf: string;
  passes: number;
  seconds: number;
  /** Copied from the previous build, its inputs unchanged; passes and seconds are those of the render then. */
  reused?: boolean;
}

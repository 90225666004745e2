// What rendering one print product yields: its own module, so the renderer of one product
// (render-product.ts) and the renderer of them all (render-products.ts) share it without
// importing each other.

/** A print product's PDF as the build wrote it: what the downloads page shows of it, and how it was made. */
export interface RenderResult {
  id: string;
  pages: number;
  bytes: number;
  pdf: string;
  passes: number;
  seconds: number;
  /** Copied from the previous build, its inputs unchanged; passes and seconds are those of the render then. */
  reused?: boolean;
}

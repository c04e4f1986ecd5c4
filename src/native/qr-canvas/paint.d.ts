/** Light modules around the code: scanners need four to find it. */
export const QUIET_ZONE: number

/** Paints rows of '1' (dark) / '0' (light) with a white quiet zone on a square `pixels` wide. */
export function paintQr(
  ctx: Pick<CanvasRenderingContext2D, 'fillStyle' | 'fillRect'>,
  rows: readonly string[],
  pixels: number,
): void

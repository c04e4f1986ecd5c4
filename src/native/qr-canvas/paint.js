// Paints a QR matrix (rows of '1' dark / '0' light) on a square 2d context `pixels` wide. Shared
// by the WeChat component beside it and the web build, so both draw the same code. CommonJS, so
// the mini-program can load it as it is.

/** Light modules around the code: scanners need four to find it. */
const QUIET_ZONE = 4

function paintQr(ctx, rows, pixels) {
  const modules = rows.length + 2 * QUIET_ZONE
  // Whole-pixel modules: fractional ones leave hairline seams that confuse some scanners.
  const cell = Math.max(1, Math.floor(pixels / modules))
  const origin = Math.floor((pixels - cell * modules) / 2) + QUIET_ZONE * cell
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, pixels, pixels)
  ctx.fillStyle = '#000000'
  rows.forEach((row, y) => {
    for (let x = 0; x < row.length; x += 1) {
      if (row[x] === '1') ctx.fillRect(origin + x * cell, origin + y * cell, cell, cell)
    }
  })
}

module.exports = { QUIET_ZONE, paintQr }

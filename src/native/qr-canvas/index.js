// The ticket's QR code in WeChat: paints the matrix it is given on a 2d canvas. Encoding stays in
// the app (src/components/ticket-qr/qr-matrix.ts), so this component only draws.
const { paintQr } = require('./paint')

function pixelRatio() {
  // getWindowInfo (base library 2.20.1+) replaces the deprecated getSystemInfoSync.
  return (wx.getWindowInfo ? wx.getWindowInfo() : wx.getSystemInfoSync()).pixelRatio
}

Component({
  properties: {
    rows: { type: Array, value: [] },
    /** Width and height in CSS px. */
    size: { type: Number, value: 240 },
    label: { type: String, value: '入场二维码' },
  },
  observers: {
    'rows, size'() {
      this.draw()
    },
  },
  lifetimes: {
    ready() {
      this.rendered = true
      this.draw()
    },
  },
  methods: {
    draw() {
      // Before `ready` the canvas node does not exist yet; `ready` draws.
      if (!this.rendered) return
      this.createSelectorQuery()
        .select('#qr')
        .fields({ node: true, size: true })
        .exec(([found]) => {
          const canvas = found && found.node
          if (!canvas) return
          // Backing store at device pixels, so modules stay sharp on high-density screens.
          const pixels = Math.round(found.width * pixelRatio())
          canvas.width = pixels
          canvas.height = pixels
          paintQr(canvas.getContext('2d'), this.data.rows, pixels)
        })
    },
  },
})

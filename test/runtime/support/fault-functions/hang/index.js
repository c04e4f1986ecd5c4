// Never answers: a promise that never settles, or (spin: true) a loop that never yields, which no
// in-process timer can interrupt.
exports.main = async (event) => {
  if (event.spin) for (;;);
  return new Promise(() => {})
}

// Answers, then closes its IPC channel a little later: an instance that can no longer be given
// calls (the worker then exits; the pool must replace it either way).
const { setTimeout: sleep } = require('node:timers/promises')

exports.main = async () => {
  void sleep(50).then(() => process.disconnect())
  return { pid: process.pid }
}

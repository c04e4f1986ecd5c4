// Dies in the middle of the call: `process.exit(code)` (how: 'exit') or SIGKILL (how: 'kill').
const { setTimeout: sleep } = require('node:timers/promises')

exports.main = async (event) => {
  await sleep(event.afterMs ?? 50)
  if (event.how === 'kill') process.kill(process.pid, 'SIGKILL')
  else process.exit(event.code ?? 3)
  return 'unreachable'
}

// A well-behaved function: answers after a short delay with what it was given, the caller's
// identity and the instance's pid (so a test can count the instances serving it).
const { setTimeout: sleep } = require('node:timers/promises')

exports.main = async (event) => {
  await sleep(event.delayMs ?? 20)
  return { value: event.value, openid: process.env.WX_OPENID, pid: process.pid }
}

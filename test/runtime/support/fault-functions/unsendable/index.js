// Returns a value the JSON IPC channel cannot carry.
exports.main = async () => ({ seats: BigInt(1) })

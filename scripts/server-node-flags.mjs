// Node flags the server process runs with (`npm start`, the benchmarks; README "Configuration").
// A larger young generation: a big tree response allocates tens of megabytes of short-lived objects,
// and with Node's default 16 MB semi-space most of them are copied and promoted before they die
// (garbage collection took ~75 ms of an 8 MB response; ~40 ms with 64 MB). Costs up to ~200 MB of
// memory under load.
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=64'];

/**
 * What bundled code gets for the free name `BigInt` (webpack's ProvidePlugin).
 *
 * zod computes its int64/uint64 bounds with BigInt("…") as soon as it loads. The IE11 and
 * EdgeHTML 18 webviews of Office 2016/2019 have no BigInt, so that line alone would stop
 * the whole pane with a ReferenceError. Those bounds are only read by zod's bigint and
 * int64 schemas, which this project does not use; so where BigInt is missing the calls
 * get a Number instead (exact for the values the add-in handles). Where BigInt exists it
 * is used unchanged.
 */
const native = (typeof self !== 'undefined' ? self : window) as unknown as { BigInt?: (value: unknown) => bigint };

function numberStandIn(value: unknown): bigint {
  return Number(value) as unknown as bigint;
}

export const bigIntOrStandIn: (value: unknown) => bigint = typeof native.BigInt === 'function' ? native.BigInt : numberStandIn;

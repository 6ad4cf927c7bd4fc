/** Delegations in force on a day (the domain's isDelegationInForce) as a query condition on the Delegation entity. */
export function inForceWhere(day: string): Record<string, unknown> {
  return { revokedOn: null, effectiveFrom: { $lte: day }, $or: [{ effectiveTo: null }, { effectiveTo: { $gte: day } }] };
}

/** Delegations in force on a past or present day as the scheme stood then (the domain's wasDelegationInForce) as a query condition. */
export function inForceOnWhere(day: string): Record<string, unknown> {
  return {
    $and: [
      { $or: [{ revokedOn: null }, { revokedOn: { $gt: day } }] },
      { effectiveFrom: { $lte: day } },
      { $or: [{ effectiveTo: null }, { effectiveTo: { $gte: day } }] },
    ],
  };
}

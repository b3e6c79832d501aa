/**
 * Records of the field-service template the sync tests share: job j1 ("Boiler") at site s1 in the
 * north region, assigned to ana, open and scheduled now; and a visit of it.
 */
export function boilerJob() {
  return {
    id: 'j1',
    title: 'Boiler',
    siteId: 's1',
    assigneeId: 'ana',
    region: 'north',
    status: 'open',
    scheduledAt: new Date().toISOString(),
  };
}

/** A visit of job j1 by `technicianId`, arriving now, keyed `v-<technicianId>`. */
export function boilerVisit(technicianId: string) {
  return { id: `v-${technicianId}`, jobId: 'j1', technicianId, arrivedAt: new Date().toISOString() };
}

package vn.tochuc.people;

/**
 * Published once the demo people have been generated (demo profile only): {@code firstPersonId} is the first
 * demo record, which the identity module links to its demo self-service account.
 */
public record DemoPeopleLoaded(long firstPersonId) {}

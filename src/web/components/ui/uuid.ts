const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value (e.g. an id from the address) has the shape of a UUID, so it is worth asking the API for. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

const hex = (n: number) => n.toString(16).padStart(2, "0");

/**
 * The RFC 6381 `avc1.PPCCLL` string from the three bytes of an avcC record (profile_idc,
 * constraint flags, level_idc), e.g. High 4.0 → "avc1.640028". Lower-case hex, as Apple writes it.
 */
export function formatAvcCodec(profileIdc: number, constraintFlags: number, levelIdc: number): string {
  return `avc1.${hex(profileIdc)}${hex(constraintFlags)}${hex(levelIdc)}`;
}

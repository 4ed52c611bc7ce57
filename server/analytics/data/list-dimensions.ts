import { viewDimensions } from "../dimensions";

/** GET /data/v1/dimensions: Mux's { basic, advanced } lists, with labels and FastPix ids alongside. */
export function listDimensions() {
  return {
    data: {
      basic: viewDimensions.filter((d) => d.group === "basic").map((d) => d.key),
      advanced: viewDimensions.filter((d) => d.group === "advanced").map((d) => d.key),
    },
    details: viewDimensions.map(({ key, label, kind, source, fastpix }) => ({ key, label, kind, source, fastpix_id: fastpix })),
  };
}

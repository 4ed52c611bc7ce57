"use client";

import { Checkbox } from "@/components/ui/checkbox";
import { Input, Select } from "@/components/ui/input";
import { Field } from "@/components/ui/label";
import { liveLatencyModes } from "@/server/db/schema/live";
import { latencyModeLabels, type LiveStreamFormValues } from "./live-stream-presets";

/** The live stream fields shared by the create and edit dialogs; `creating` adds the ones fixed after creation. */
export function LiveStreamSettingsFields({ values, onChange, creating }: { values: LiveStreamFormValues; onChange: (values: LiveStreamFormValues) => void; creating: boolean }) {
  const set = <K extends keyof LiveStreamFormValues>(key: K, value: LiveStreamFormValues[K]) => onChange({ ...values, [key]: value });
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field label="Latency mode" htmlFor="live-latency-mode" hint={values.latencyMode === "low" ? "LL-HLS: ~0.33 s parts, 2 s segments" : values.latencyMode === "reduced" ? "2 s segments" : "4 s segments"}>
        <Select id="live-latency-mode" value={values.latencyMode} onChange={(e) => set("latencyMode", e.target.value as LiveStreamFormValues["latencyMode"])}>
          {liveLatencyModes.map((m) => (
            <option key={m} value={m}>{latencyModeLabels[m]}</option>
          ))}
        </Select>
      </Field>
      <Field label="Reconnect window (s)" htmlFor="live-reconnect-window" hint="A publisher back within it continues the same session">
        <Input id="live-reconnect-window" type="number" min={0} max={1800} step={1} value={values.reconnectWindow} onChange={(e) => set("reconnectWindow", e.target.valueAsNumber)} />
      </Field>
      <Field label="Max continuous duration (s)" htmlFor="live-max-duration" hint={`${Math.round((values.maxContinuousDuration / 3600) * 10) / 10} h; the publisher is cut off after it`}>
        <Input id="live-max-duration" type="number" min={60} max={43_200} step={60} value={values.maxContinuousDuration} onChange={(e) => set("maxContinuousDuration", e.target.valueAsNumber)} />
      </Field>
      {creating && (
        <Field label="Playback policy" htmlFor="live-playback-policy" hint={values.playbackPolicy === "signed" ? "Viewers need a signed token" : "Anyone with the playback ID can watch"}>
          <Select id="live-playback-policy" value={values.playbackPolicy} onChange={(e) => set("playbackPolicy", e.target.value as LiveStreamFormValues["playbackPolicy"])}>
            <option value="public">Public</option>
            <option value="signed">Signed</option>
          </Select>
        </Field>
      )}
      {creating && (
        <div className="sm:col-span-2">
          <Checkbox id="live-record" checked={values.record} onChange={(on) => set("record", on)} label="Record each broadcast to an asset" hint="When a broadcast ends, its recording becomes an on-demand asset with the same playback policy." />
        </div>
      )}
    </div>
  );
}

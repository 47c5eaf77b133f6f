// One JSON line per event (pino). LOG_LEVEL picks the threshold.
import { pino, type Logger } from "pino";

export function makeLogger(level: string, name = "registry"): Logger {
  return pino({ name, level, base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime });
}

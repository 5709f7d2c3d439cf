import type { Handler } from "../context";
import { chat } from "./chat";
import { sessionHandlers } from "./session";
import { studentHandlers } from "./student";
import { teacherHandlers } from "./teacher";

export const handlers: Handler[] = [...sessionHandlers, chat, ...studentHandlers, ...teacherHandlers];

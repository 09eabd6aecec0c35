import type { Server } from "node:http";

export function serveStatic(root: string, index?: string): Promise<{ server: Server; url: string }>;
export function stopServer(server: Server): Promise<void>;

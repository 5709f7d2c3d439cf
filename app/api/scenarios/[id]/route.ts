import { getServerSession } from "next-auth";
import { currentSeat } from "@/lib/auth/participant-cookie";
import { authOptions } from "@/lib/auth/options";
import { getDb } from "@/lib/db";
import { usableScenario } from "@/lib/repositories/scenarios";
import { publicView } from "@/lib/scenario/public";
import { builtInScenarios } from "@/lib/scenario/registry";

/**
 * A scenario's public part with its scoring rules, for the browser's deal builder; never a brief or
 * a payoff table. A teacher's upload is served only to that teacher and to students seated in a
 * session that runs on it.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = (await params).id;
  const builtIn = builtInScenarios().get(id);
  if (builtIn) return Response.json(publicView(builtIn), { headers: { "cache-control": "public, max-age=300" } });
  const seat = await currentSeat();
  const teacherId = (await getServerSession(authOptions))?.user?.id;
  const db = getDb();
  const scenario =
    seat?.scenarioId === id
      ? await usableScenario(db, null, id)
      : teacherId
        ? await usableScenario(db, teacherId, id)
        : null;
  if (!scenario) return Response.json({ error: "There is no such scenario." }, { status: 404 });
  return Response.json(publicView(scenario), { headers: { "cache-control": "private, max-age=300" } });
}

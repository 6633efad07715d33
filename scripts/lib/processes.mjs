import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import net from "node:net"

const running = new Set()

/**
 * Starts a long-running child in its own process group, so that stopping it also stops what it
 * started (`medusa develop` forks the real server). Output goes to `logFile`.
 */
export function startService(name, command, args, { cwd, env, logFile, onExit }) {
  fs.mkdirSync(path.dirname(logFile), { recursive: true })
  const log = fs.openSync(logFile, "a")
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", log, log] })
  const service = { name, child, logFile, exited: false }
  running.add(service)
  child.on("exit", (code, signal) => {
    service.exited = true
    running.delete(service)
    fs.closeSync(log)
    onExit?.(code, signal)
  })
  return service
}

/** Runs a command to completion; rejects with the tail of its log when it fails. */
export function runStep(command, args, { cwd, env, logFile }) {
  return new Promise((resolve, reject) => {
    fs.mkdirSync(path.dirname(logFile), { recursive: true })
    const log = fs.openSync(logFile, "a")
    const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", log, log] })
    const service = { name: path.basename(logFile), child, exited: false }
    running.add(service)
    child.on("exit", (code, signal) => {
      service.exited = true
      running.delete(service)
      fs.closeSync(log)
      if (code === 0) resolve()
      else
        reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? code}); see ${logFile}:\n${tail(logFile)}`))
    })
  })
}

export function tail(file, lines = 25) {
  if (!fs.existsSync(file)) return ""
  return fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n")
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // the group is already gone
  }
}

/** Stops every child group: SIGTERM, then SIGKILL for whatever is still there after `graceMs`. */
export async function stopAll(graceMs = 10_000) {
  const services = [...running]
  for (const service of services) signalGroup(service.child, "SIGTERM")
  const deadline = Date.now() + graceMs
  while (services.some((s) => !s.exited) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100))
  }
  for (const service of services) {
    signalGroup(service.child, "SIGKILL")
  }
}

export async function waitForHttp(url, { timeoutMs = 120_000, isDead = () => false } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (isDead()) return false
    try {
      const response = await fetch(url, { redirect: "manual" })
      if (response.status < 500) return true
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  return false
}

/** Stops one child group started by `startService`: SIGTERM, then SIGKILL after `graceMs`. */
export async function stopService(service, graceMs = 10_000) {
  signalGroup(service.child, "SIGTERM")
  const deadline = Date.now() + graceMs
  while (!service.exited && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
  if (!service.exited) signalGroup(service.child, "SIGKILL")
  while (!service.exited) await new Promise((r) => setTimeout(r, 50))
}

/** Whether something accepts TCP connections on 127.0.0.1:`port`. */
export function isListening(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" })
    socket.once("connect", () => {
      socket.destroy()
      resolve(true)
    })
    socket.once("error", () => resolve(false))
  })
}

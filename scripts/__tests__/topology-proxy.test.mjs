// The topology test's round-robin proxy: it takes turns, re-routes a refused connection, and
// answers 502 (never a retry) when a backend drops a request it had already received.
import assert from "node:assert/strict"
import http from "node:http"
import { after, test } from "node:test"
import { startRoundRobinProxy } from "../lib/topology/proxy.mjs"

const servers = []
after(() => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))))

function backend(handler) {
  const server = http.createServer(handler)
  servers.push(server)
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${server.address().port}`))
  )
}

async function closedPort() {
  const url = await backend(() => {})
  await new Promise((r) => servers.pop().close(r))
  return url
}

const post = async (url, body) => {
  const response = await fetch(url, { method: "POST", body, headers: { "content-type": "text/plain" } })
  return { status: response.status, text: await response.text() }
}

test("takes turns between the backends and passes the body through", async () => {
  const a = await backend((req, res) => req.pipe(res.writeHead(200, { "x-by": "a" })))
  const b = await backend((req, res) => req.pipe(res.writeHead(200, { "x-by": "b" })))
  const proxy = await startRoundRobinProxy({ port: 0, targets: [a, b] })
  try {
    const answers = []
    for (let i = 0; i < 4; i++)
      answers.push((await fetch(`${proxy.url}/echo`, { method: "POST", body: `n${i}` })).headers.get("x-by"))
    assert.deepEqual(answers, ["a", "b", "a", "b"])
    assert.equal((await post(`${proxy.url}/echo`, "cà phê")).text, "cà phê")
  } finally {
    await proxy.close()
  }
})

test("sends a request whose connection is refused to the other backend", async () => {
  const down = await closedPort()
  const up = await backend((req, res) => res.end("up"))
  const proxy = await startRoundRobinProxy({ port: 0, targets: [down, up] })
  try {
    assert.deepEqual(await post(`${proxy.url}/x`, "{}"), { status: 200, text: "up" })
    assert.equal(proxy.counts.rerouted, 1)
  } finally {
    await proxy.close()
  }
})

test("answers 502 when a backend drops a request it received, and does not send it again", async () => {
  let received = 0
  const dropping = await backend((req) => {
    received++
    req.socket.destroy()
  })
  const proxy = await startRoundRobinProxy({ port: 0, targets: [dropping, dropping] })
  try {
    const { status } = await post(`${proxy.url}/complete`, "{}")
    assert.equal(status, 502)
    assert.equal(received, 1)
    assert.equal(proxy.counts.dropped, 1)
  } finally {
    await proxy.close()
  }
})

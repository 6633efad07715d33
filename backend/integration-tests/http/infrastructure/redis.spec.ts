import Redis from "ioredis"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"

// Production mode: the same medusa-config, switched to Medusa's Redis modules by REDIS_URL.
process.env.REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379"

const doubleInBackground = createStep(
  { name: "double-in-background", async: false, backgroundExecution: true },
  async (input: { n: number }) => new StepResponse(input.n * 2)
)
const redisProofWorkflow = createWorkflow(
  { name: "redis-proof", store: true, retentionTime: 60 },
  (input: { n: number }) => new WorkflowResponse(doubleInBackground(input))
)

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    let redis: Redis

    beforeAll(() => {
      redis = new Redis(process.env.REDIS_URL!)
    })
    afterAll(async () => {
      await redis.quit()
    })

    describe("with REDIS_URL set", () => {
      it("loads Medusa's Redis event bus and cache", () => {
        const container = getContainer()
        expect(container.resolve(Modules.EVENT_BUS).constructor.name).toBe("RedisEventBusService")
        expect(container.resolve(Modules.CACHE).constructor.name).toBe("RedisCacheService")
      })

      it("delivers a product.created event through the Redis event bus", async () => {
        const container = getContainer()
        const eventBus = container.resolve(Modules.EVENT_BUS)
        const jobsBefore = Number(await redis.get("RedisEventBusService:events-queue:id"))
        const received = new Promise<{ id: string }>((resolve) => {
          eventBus.subscribe("product.created", async (event) => resolve(event.data as { id: string }), {
            subscriberId: "redis-proof-product-created",
          })
        })

        const { result } = await createProductsWorkflow(container).run({
          input: {
            products: [
              {
                title: "Mật ong bạc hà",
                status: "draft",
                options: [{ title: "Quy cách", values: ["500 ml"] }],
                variants: [{ title: "500 ml", options: { "Quy cách": "500 ml" }, prices: [] }],
              },
            ],
          },
        })

        await expect(received).resolves.toEqual(expect.objectContaining({ id: result[0].id }))
        expect(Number(await redis.get("RedisEventBusService:events-queue:id"))).toBeGreaterThan(jobsBefore)
      })

      it("runs a background workflow step through the Redis workflow engine", async () => {
        const engine = getContainer().resolve(Modules.WORKFLOW_ENGINE)
        const transactionId = `redis-proof-${Date.now()}`
        // MONITOR shows every command Redis receives: the engine's checkpoints of this transaction must be among them.
        const monitor = await redis.monitor()
        // ioredis marks the connection as monitoring a tick after MONITOR's OK: another client's
        // command echoed in the same packet as that OK is reported as a "Command queue state error"
        // and dropped. Only commands from before this transaction can be lost that way.
        const monitorErrors: Error[] = []
        monitor.on("error", (error: Error) => monitorErrors.push(error))
        const commandsForTransaction: string[][] = []
        monitor.on("monitor", (_time: string, args: string[]) => {
          if (args.some((arg) => arg.includes(transactionId))) commandsForTransaction.push(args)
        })
        const finished = new Promise<unknown>((resolve) => {
          engine.subscribe({
            workflowId: "redis-proof",
            transactionId,
            subscriber: (event: { eventType: string; result?: unknown }) => {
              if (event.eventType === "onFinish") resolve(event.result)
            },
          })
        })

        await engine.run(redisProofWorkflow.getName(), { input: { n: 21 }, transactionId })

        await expect(finished).resolves.toBe(42)
        const [execution] = await engine.listWorkflowExecutions({ transaction_id: transactionId })
        expect(execution.state).toBe("done")
        monitor.disconnect()
        expect(monitorErrors.filter((error) => !/Command queue state error/.test(error.message))).toEqual([])
        expect(commandsForTransaction.map(([command]) => command.toLowerCase())).toEqual(
          expect.arrayContaining(["set"])
        )
      })
    })
  },
})

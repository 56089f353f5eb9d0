import NIOCore
import Vapor

/// Once a day (and shortly after start) the server erases the identity of closed cases past
/// their retention. Every node may run it: it is idempotent.
enum ComplaintRetentionTask {
  static func schedule(_ app: Application) {
    let loop = app.eventLoopGroup.next()
    let task = loop.scheduleRepeatedAsyncTask(initialDelay: .minutes(1), delay: .hours(24)) { _ in
      loop.makeFutureWithTask {
        guard let vault = app.complaintVault else { return }
        do {
          let count = try await ComplaintMaintenanceQueries(db: app.db, vault: vault)
            .eraseExpired(years: ComplaintRetentionSetting.years)
          if count > 0 { app.logger.info("complaint identities erased", metadata: ["cases": "\(count)"]) }
        } catch {
          app.logger.warning("complaint retention run failed")
        }
      }
    }
    app.lifecycle.use(ComplaintRetentionStopper(task: task))
  }
}

private struct ComplaintRetentionStopper: LifecycleHandler {
  let task: RepeatedTask
  func shutdown(_ application: Application) { task.cancel() }
}

import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ensureLauncherBuilt, startEmbeddedNeo4j } from '../src/neo4j/embedded-launcher';
import { repoPath } from '../src/shared/repo-path';
import { freePort } from './helpers/free-port';

/** A copy of the launcher's Maven project without a build, so that a build is attempted. */
function unbuiltLauncherCopy(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'launcher-copy-'));
  cpSync(repoPath('neo4j-launcher/pom.xml'), path.join(dir, 'pom.xml'));
  cpSync(repoPath('neo4j-launcher/src'), path.join(dir, 'src'), { recursive: true });
  return dir;
}

const ALTERNATIVES = expect.stringMatching(/docker compose up.*NEO4J_URI/s);

describe('embedded Neo4j launcher: missing tools and taken ports', () => {
  const cleanup: string[] = [];
  afterAll(() => cleanup.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('names Java and the alternatives when java is missing', () => {
    expect(() => ensureLauncherBuilt({ javaCommand: '/nonexistent/java' })).toThrow(
      expect.objectContaining({ code: 'JAVA_MISSING', message: expect.stringContaining('Java 17') }),
    );
    expect(() => ensureLauncherBuilt({ javaCommand: '/nonexistent/java' })).toThrow(
      expect.objectContaining({ message: ALTERNATIVES }),
    );
  });

  it('names Maven and the alternatives when mvn is missing and the launcher is not built, creating nothing', () => {
    const dir = unbuiltLauncherCopy();
    cleanup.push(dir);
    expect(() => ensureLauncherBuilt({ launcherDir: dir, mavenCommand: '/nonexistent/mvn' })).toThrow(
      expect.objectContaining({ code: 'MAVEN_MISSING', message: ALTERNATIVES }),
    );
    expect(existsSync(path.join(dir, 'target'))).toBe(false);
  });

  it('reports Maven Central as unreachable when the artifacts cannot be fetched, leaving no partial build', () => {
    const dir = unbuiltLauncherCopy();
    const emptyRepository = mkdtempSync(path.join(os.tmpdir(), 'empty-m2-'));
    cleanup.push(dir, emptyRepository);
    // Maven in offline mode over an empty local repository: exactly what an unreachable registry looks like.
    const offlineMaven = path.join(dir, 'mvn-offline.sh');
    writeFileSync(offlineMaven, `#!/bin/sh\nexec mvn -o -Dmaven.repo.local=${emptyRepository} "$@"\n`, { mode: 0o755 });
    expect(() => ensureLauncherBuilt({ launcherDir: dir, mavenCommand: offlineMaven })).toThrow(
      expect.objectContaining({ code: 'MAVEN_CENTRAL_UNREACHABLE', message: ALTERNATIVES }),
    );
    expect(existsSync(path.join(dir, 'target'))).toBe(false);
  }, 120000);

  it('names the Bolt port and NEO4J_BOLT_PORT when the port is taken, creating no data directory', async () => {
    const port = await freePort();
    const blocker = net.createServer().listen(port, '127.0.0.1');
    const home = path.join(os.tmpdir(), `never-created-${port}`);
    try {
      await expect(
        startEmbeddedNeo4j({ home, port, heap: '256m', pageCache: '16m', timeoutMs: 120000 }),
      ).rejects.toMatchObject({
        code: 'PORT_IN_USE',
        message: expect.stringMatching(new RegExp(`${port}.*NEO4J_BOLT_PORT`, 's')),
      });
      expect(existsSync(home)).toBe(false);
    } finally {
      blocker.close();
    }
  }, 120000);
});

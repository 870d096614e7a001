/** How the docs' shell commands are read: what counts as one command, and what as its shown output. */
import { describe, expect, it } from 'vitest';
import { shapeOf, shellBlocks } from './docsCommands.js';

const fence = '```';

describe('shellBlocks', () => {
  it('joins continued lines, takes `#   ` lines under a command as its output and other comments as none', () => {
    const [block] = shellBlocks(
      [
        'Text.',
        `${fence}sh`,
        '# a description',
        'TOKEN=$(npm run -s token -- --partner services)   # a trailing note',
        'curl -s http://127.0.0.1:4000/graphql \\',
        "  -d '{}'",
        '#   {"data":{}}',
        '# 2. the next step',
        "jq -n '{}' |",
        '  curl -sS --data-binary @- "$REGISTRY/api"',
        fence,
      ].join('\n'),
      'x.md',
    );
    expect(block?.commands).toEqual([
      {
        where: 'x.md:4',
        text: 'TOKEN=$(npm run -s token -- --partner services)   # a trailing note',
        output: [],
      },
      {
        where: 'x.md:5',
        text: "curl -s http://127.0.0.1:4000/graphql \\\n  -d '{}'",
        output: ['{"data":{}}'],
      },
      { where: 'x.md:9', text: 'jq -n \'{}\' |\n  curl -sS --data-binary @- "$REGISTRY/api"', output: [] },
    ]);
  });

  it('reads `$ ` prompts, whole scripts, curl lines in shown output, and no other language', () => {
    const blocks = shellBlocks(
      [
        `${fence}console`,
        '$ npm run -s token -- --partner funding',
        'eyJ...',
        fence,
        `${fence}bash`,
        '#!/usr/bin/env bash',
        'set -e',
        fence,
        fence,
        'Up.',
        '  curl -s http://127.0.0.1:4000/graphql \\',
        "    -d '{}'",
        fence,
        `${fence}graphql`,
        'curl { id }',
        fence,
        `~~~~sh`,
        'echo 1',
        '```',
        '~~~~',
      ].join('\n'),
      'y.md',
    );
    expect(blocks.map((b) => [b.script, b.commands.map((c) => [c.text, c.output])])).toEqual([
      [false, [['npm run -s token -- --partner funding', ['eyJ...']]]],
      [true, [['#!/usr/bin/env bash\nset -e', []]]],
      [false, [["curl -s http://127.0.0.1:4000/graphql \\\n    -d '{}'", []]]],
      [
        false,
        [
          ['echo 1', []],
          ['```', []],
        ],
      ],
    ]);
  });
});

describe('shapeOf', () => {
  it('lets numbers, hashes and `...` vary, and nothing else', () => {
    const shape = shapeOf('published services v2: supergraph v2 (2026b617edcd)');
    expect(shape.test('published services v13: supergraph v9 (0f5c85528639)')).toBe(true);
    expect(shape.test('published associations v13: supergraph v9 (0f5c85528639)')).toBe(false);
    const health = shapeOf('... "source":{"source":"registry",...,"version":2,...}');
    expect(health.test('{"status":"ok","source":{"source":"registry","url":"x","version":3,"at":1}}')).toBe(
      true,
    );
    expect(health.test('{"status":"ok","source":{"source":"file","version":3,"at":1}}')).toBe(false);
  });
});

#!/usr/bin/env python3
"""Checks fact label files: anchors unique in the document, quotes inside anchors, vocabularies, numbers."""
import glob, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..', '..', '..', 'shared', 'corpus'))
COLUMNS = ['lang', 'anchor', 'quote', 'value', 'valueHigh', 'unit', 'period', 'qualifier', 'subject', 'metric', 'status', 'note']
UNITS = {'percent', 'basis_points', 'count', 'times', 'years', 'quarters', 'months', 'days', 'hours', 'minutes'}
QUALIFIERS = {'', 'approx', 'more_than', 'less_than', 'up_to', 'as_little_as', 'range', 'order_of_magnitude'}
PERIOD = re.compile(r'^(|FY\d{4}|Q[1-4] \d{4}|H[12] \d{4}|\d{4} YTD|TTM Q[1-4] \d{4}|[A-Z][A-Za-z ]+ \d{4})$')
SNAKE = re.compile(r'^[a-z][a-z0-9]*(_[a-z0-9]+)*$')

def document_for(label_file):
    number = re.match(r'facts-(\d{3})', os.path.basename(label_file)).group(1)
    [path] = glob.glob(os.path.join(CORPUS, number + '_*.txt'))
    with open(path, encoding='utf-8') as f:
        return f.read()

def check(label_file):
    text = document_for(label_file)
    errors, spans, rows = [], {}, 0
    with open(label_file, encoding='utf-8') as f:
        lines = f.read().split('\n')
    if lines[0].split('\t') != COLUMNS:
        errors.append('header must be: ' + '\t'.join(COLUMNS))
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith('#'):
            continue
        rows += 1
        cells = line.split('\t')
        if len(cells) != len(COLUMNS):
            errors.append(f'{n}: {len(cells)} columns, want {len(COLUMNS)}')
            continue
        r = dict(zip(COLUMNS, cells))
        count = text.count(r['anchor'])
        if count != 1:
            errors.append(f'{n}: anchor occurs {count} times: {r["anchor"]!r}')
            continue
        inside = r['anchor'].find(r['quote'])
        if not r['quote'] or inside < 0:
            errors.append(f'{n}: quote {r["quote"]!r} not inside anchor')
            continue
        start = text.find(r['anchor']) + inside
        if r['lang'] not in ('en', 'ko', 'zh-Hans', 'zh-Hant'):
            errors.append(f'{n}: lang {r["lang"]!r}')
        try:
            float(r['value'])
        except ValueError:
            errors.append(f'{n}: value {r["value"]!r} is not a number')
        if r['qualifier'] == 'range':
            try:
                float(r['valueHigh'])
            except ValueError:
                errors.append(f'{n}: range without a numeric valueHigh')
        elif r['valueHigh']:
            errors.append(f'{n}: valueHigh only with qualifier range')
        if r['unit'] not in UNITS and not re.match(r'^[A-Z]{3}$', r['unit']):
            errors.append(f'{n}: unit {r["unit"]!r}')
        if r['qualifier'] not in QUALIFIERS:
            errors.append(f'{n}: qualifier {r["qualifier"]!r}')
        if not PERIOD.match(r['period']):
            errors.append(f'{n}: period {r["period"]!r}')
        if not r['subject']:
            errors.append(f'{n}: subject is empty')
        if not SNAKE.match(r['metric']):
            errors.append(f'{n}: metric {r["metric"]!r} is not snake_case')
        if r['status'] not in ('fact', 'optional'):
            errors.append(f'{n}: status {r["status"]!r}')
        key = (start, r['metric'])
        if key in spans:
            errors.append(f'{n}: same span and metric as line {spans[key]}')
        spans[key] = n
    return rows, errors

if __name__ == '__main__':
    files = sys.argv[1:] or sorted(glob.glob(os.path.join(HERE, 'facts-*.tsv')))
    failed = False
    for file in files:
        rows, errors = check(file)
        print(f'{os.path.basename(file)}: {rows} rows, {len(errors)} errors')
        for e in errors:
            print('  ' + e)
        failed |= bool(errors)
    sys.exit(1 if failed else 0)

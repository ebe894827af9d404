# qingyue — build, demo, test, eval, bench.
# Every target installs what it needs (idempotently), so `make demo` and `make test` work on a
# fresh machine with only the package registries reachable.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

CARGO_HOME ?= $(HOME)/.cargo
export PATH := $(CARGO_HOME)/bin:$(PATH)
WASM_TARGET := wasm32-unknown-unknown
# The wasm-bindgen version pinned in Cargo.toml (=0.2.x), as resolved in Cargo.lock.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/{getline; gsub(/[^0-9.]/,""); print; exit}' Cargo.lock)
DEMO_PORT ?= 8080
# Debian packages: Chromium and its driver for the browser tests, CJK fonts so screenshots
# show Chinese text.
APT_PACKAGES := chromium chromium-driver fonts-noto-cjk
# wasm-opt comes from npm's binaryen (pinned in package.json): Debian's binaryen 108 breaks
# wasm-bindgen's externref table. The features are those rustc emits and Chromium runs.
WASM_OPT := node_modules/.bin/wasm-opt
WASM_OPT_FLAGS := -Oz --enable-simd --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
	--enable-mutable-globals --enable-reference-types --enable-multivalue
# The runner gives the whole suite 20 s by default; the bad-input table (a 60 MiB page among
# them) can take longer on a busy 2-core machine.
BROWSER_ENV := WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER=/usr/bin/chromedriver \
	WASM_BINDGEN_TEST_WEBDRIVER_JSON=$(CURDIR)/tests/webdriver.json WASM_BINDGEN_TEST_TIMEOUT=300

.PHONY: help demo test pkg pkg-test e2e bench eval size lint lint-extension test-native test-wasm-node test-wasm-browser \
	eval-check compare setup-peers extension cli opencc-parity setup-opencc setup-rust setup-wasm-bindgen setup-apt setup-npm setup-fuzz fuzz-build fuzz

help:
	@echo "make demo   build pkg/ and serve the reader on http://127.0.0.1:$(DEMO_PORT)/"
	@echo "make test   lint, native tests, wasm tests (Node and headless Chromium), e2e, eval check"
	@echo "make pkg | e2e | eval | compare | bench"

# ---- set-up ---------------------------------------------------------------------------

setup-rust:
	@rustup target list --installed | grep -qx $(WASM_TARGET) || rustup target add $(WASM_TARGET)

setup-wasm-bindgen: setup-rust
	@if [ "$$(wasm-bindgen --version 2>/dev/null | awk '{print $$2}')" != "$(WASM_BINDGEN_VERSION)" ]; then \
	  echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (takes a few minutes)"; \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --locked --force \
	    || cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --force; \
	fi

setup-apt:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing$$missing"; \
	  SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

# OpenCC itself (the C++ library, PyPI wheel) for the conversion parity test.
OPENCC_VERSION := 1.4.2
OPENCC_VENV := target/opencc-venv
setup-opencc: $(OPENCC_VENV)/.opencc-$(OPENCC_VERSION)
$(OPENCC_VENV)/.opencc-$(OPENCC_VERSION):
	@python3 -m venv $(OPENCC_VENV) 2>/dev/null || { \
	  SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq python3-venv >/dev/null; \
	  rm -rf $(OPENCC_VENV); python3 -m venv $(OPENCC_VENV); }
	$(OPENCC_VENV)/bin/pip install -q --disable-pip-version-check opencc==$(OPENCC_VERSION)
	@touch $@

setup-npm: node_modules/.package-lock.json
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

# ---- build ----------------------------------------------------------------------------

pkg: setup-wasm-bindgen setup-npm
	cargo build --release --target $(WASM_TARGET) --features wasm --lib
	rm -rf pkg
	wasm-bindgen --target web --out-dir pkg target/$(WASM_TARGET)/release/qingyue.wasm
	$(WASM_OPT) $(WASM_OPT_FLAGS) pkg/qingyue_bg.wasm -o pkg/qingyue_bg.opt.wasm
	mv pkg/qingyue_bg.opt.wasm pkg/qingyue_bg.wasm
	# The conversion dictionaries, loaded by the page on the first script toggle.
	cargo run --quiet --release --features cli -- zh-data pkg/qingyue-zh.bin
	cp www/qingyue-safe.js www/qingyue-reader.js www/qingyue-ui.js pkg/
	cp LICENSE-MIT LICENSE-APACHE pkg/
	python3 scripts/write-pkg-json.py pkg
	@node scripts/sizes.mjs pkg/qingyue_bg.wasm pkg/qingyue-zh.bin

# What the wasm module weighs: raw, gzip and brotli as shipped, then code by crate and the
# largest functions (from cargo's output, which keeps the names).
size: pkg
	node scripts/sizes.mjs pkg/qingyue_bg.wasm
	node scripts/size.mjs target/$(WASM_TARGET)/release/qingyue.wasm 25

# The package with a trap on purpose (feature test-trap), for the restart test of
# qingyue-safe.js: target/pkg-test, never published.
pkg-test: setup-wasm-bindgen setup-npm
	cargo build --release --target $(WASM_TARGET) --features test-trap --lib --target-dir target/test-trap
	rm -rf target/pkg-test
	wasm-bindgen --target web --out-dir target/pkg-test target/test-trap/$(WASM_TARGET)/release/qingyue.wasm
	cp www/qingyue-safe.js target/pkg-test/
	echo 'export const _testTrap = (...args) => call("_testTrap", args);' >> target/pkg-test/qingyue-safe.js

cli: setup-npm
	cargo build --release --features cli
	@echo "built target/release/qingyue"

demo: pkg
	python3 scripts/serve.py $(DEMO_PORT)

# ---- tests ----------------------------------------------------------------------------

# Without ../shared (a plain clone), these parts of `make test` do not run: said before and after.
SHARED_NOTE := if [ ! -d ../shared ]; then \
	  echo "================================================================================"; \
	  echo "SKIPPED: ../shared is not beside the project, so make test does NOT run the accuracy"; \
	  echo "gate (make eval), the html5lib conformance suites, OpenCC's own test cases, the"; \
	  echo "corpus parts of the OpenCC parity test, or the Markdown and probe checks on the corpus."; \
	  echo "================================================================================"; \
	fi

test:
	@$(SHARED_NOTE)
	$(MAKE) lint lint-extension test-native test-wasm-node test-wasm-browser opencc-parity e2e eval-check fuzz-build
	@$(SHARED_NOTE)
	@echo "make test: all passed"

# Cargo steps need node_modules: build.rs packs the conversion dictionaries from opencc-js.
lint: setup-npm
	@test $$(wc -c < README.md) -lt 12288 || { echo "README.md is over 12 KB: figures and methods go in docs/"; exit 1; }
	cargo fmt --all --check
	cargo clippy --all-targets --all-features -- -D warnings
	cargo clippy --target $(WASM_TARGET) --features wasm --lib -- -D warnings
	RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --features cli

test-native: setup-npm
	cargo test --all-features

# Every OpenCC config qingyue ships, against OpenCC's C++ library on the same texts.
opencc-parity: setup-opencc setup-npm
	@echo "== conversion parity with OpenCC $(OPENCC_VERSION) =="
	cargo build --release --example zhconfig
	$(OPENCC_VENV)/bin/python tests/opencc_parity.py target/release/examples/zhconfig

test-wasm-node: setup-wasm-bindgen
	@echo "== wasm tests in Node =="
	cargo test --target $(WASM_TARGET) --features wasm --test wasm

# In Chromium the module is tested as shipped, optimized: the debug build's 60 MiB page holds
# the renderer for about a minute on a slow machine, and ChromeDriver gives up on a renderer
# silent for 30 s. Node runs the debug build (overflow checks on) through the same tests.
test-wasm-browser: setup-wasm-bindgen setup-apt
	@echo "== wasm tests in headless Chromium =="
	$(BROWSER_ENV) cargo test --release --target $(WASM_TARGET) --features wasm --test wasm

e2e: pkg pkg-test extension cli setup-npm setup-apt
	@echo "== end-to-end tests in headless Chromium (screenshots in target/e2e/) =="
	node --test tests/e2e/

# cargo-fuzz needs nightly-only flags; RUSTC_BOOTSTRAP lets the one stable toolchain here
# accept them for the fuzz build alone.
FUZZ_ENV := RUSTC_BOOTSTRAP=1
FUZZ_SECONDS ?= 600

setup-fuzz:
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked || cargo install cargo-fuzz

fuzz-build: setup-fuzz setup-npm
	@echo "== fuzz targets build =="
	$(FUZZ_ENV) cargo fuzz build -O

fuzz: fuzz-build
	mkdir -p fuzz/corpus/extract fuzz/corpus/convert_html
	cp -n www/samples/*.html fuzz/corpus/extract/ ; cp -n www/samples/*.html fuzz/corpus/convert_html/
	$(FUZZ_ENV) cargo fuzz run -O extract fuzz/corpus/extract -- -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -rss_limit_mb=4096 -print_final_stats=1
	$(FUZZ_ENV) cargo fuzz run -O convert_html fuzz/corpus/convert_html -- -max_total_time=$(FUZZ_SECONDS) -max_len=16384 -rss_limit_mb=4096 -print_final_stats=1
	mkdir -p fuzz/corpus/differential ; cp -n www/samples/*.html fuzz/corpus/differential/
	$(FUZZ_ENV) cargo fuzz run -O differential fuzz/corpus/differential -- -max_total_time=$(FUZZ_SECONDS) -max_len=16384 -rss_limit_mb=4096 -print_final_stats=1

# The MV3 extension: www/extension plus the wasm package, unpacked in target/extension
# (Chromium) and target/extension-firefox (the same files; the manifest's background is a
# module script and it carries a gecko id), each zipped.
extension: pkg
	rm -rf target/extension target/extension-firefox && mkdir -p target/extension/pkg
	cp www/extension/* target/extension/
	cp pkg/qingyue.js pkg/qingyue_bg.wasm pkg/qingyue-zh.bin pkg/qingyue-ui.js target/extension/pkg/
	cp -r target/extension target/extension-firefox
	python3 scripts/firefox_manifest.py target/extension/manifest.json > target/extension-firefox/manifest.json
	cd target/extension && python3 -c "import shutil; shutil.make_archive('../qingyue-extension-chrome', 'zip', '.')"
	cd target/extension-firefox && python3 -c "import shutil; shutil.make_archive('../qingyue-extension-firefox', 'zip', '.')"
	@echo "target/extension/ and target/extension-firefox/ (load unpacked); target/qingyue-extension-{chrome,firefox}.zip"

# Mozilla's linter over the Firefox build (web-ext, from npm).
lint-extension: extension setup-npm
	node_modules/.bin/web-ext lint --source-dir target/extension-firefox --warnings-as-errors

eval: cli
	python3 bench/eval.py

eval-check: cli
	python3 bench/eval.py --check README.md

# The peers' accuracy on the same pages (bench/peers.py): Readability.js and Defuddle (npm),
# dom_smoothie (crates.io, bench/native) and trafilatura (PyPI), each pinned.
TRAFILATURA_VERSION := 2.0.0
PEERS_VENV := target/peers-venv
setup-peers: setup-npm $(PEERS_VENV)/.trafilatura-$(TRAFILATURA_VERSION)
$(PEERS_VENV)/.trafilatura-$(TRAFILATURA_VERSION):
	@python3 -m venv $(PEERS_VENV) 2>/dev/null || { \
	  SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq python3-venv >/dev/null; \
	  rm -rf $(PEERS_VENV); python3 -m venv $(PEERS_VENV); }
	$(PEERS_VENV)/bin/pip install -q --disable-pip-version-check trafilatura==$(TRAFILATURA_VERSION) lxml_html_clean==0.4.7
	@touch $@

compare: cli setup-peers
	cargo build --quiet --release --manifest-path bench/native/Cargo.toml --bin smoothie
	python3 bench/peers.py --python $(PEERS_VENV)/bin/python

bench: pkg setup-npm setup-apt setup-opencc
	@echo "== memory (bench/memory.py) =="
	cargo build --quiet --release --features cli
	python3 bench/memory.py
	@echo "== native: qingyue vs dom_smoothie (bench/native) =="
	cargo run --quiet --release --manifest-path bench/native/Cargo.toml -- ../shared 10
	@echo "== wasm: qingyue vs Readability.js in Node and headless Chromium (bench/js) =="
	node bench/js/bench.mjs ../shared
	@echo "== conversion: qingyue wasm vs opencc-js in Node (bench/js/zh.mjs) =="
	node bench/js/zh.mjs ../shared
	@echo "== conversion, native (examples/zhspeed.rs) =="
	cargo run --quiet --release --example zhspeed -- ../shared/corpus/cwced/truth.json
	@echo "== conversion, OpenCC's C++ library on the same text (bench/opencc_speed.py) =="
	$(OPENCC_VENV)/bin/python bench/opencc_speed.py ../shared/corpus/cwced/truth.json
	@echo "== accuracy against the peers on the same pages (bench/peers.py) =="
	$(MAKE) compare

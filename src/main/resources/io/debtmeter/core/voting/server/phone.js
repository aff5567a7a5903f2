// The phone page: follows the room through server-sent events and sends a vote per tap.
// No framework and no build step: the laptop serves this file as it is, offline.
'use strict';
(function () {
  const base = document.body.dataset.base;
  const store = window.sessionStorage;
  const $ = (id) => document.getElementById(id);

  // A random 128-bit id, made once per tab: it lets the room replace this phone's earlier vote,
  // and says nothing about who holds the phone.
  function phoneId() {
    let id = store.getItem('debtmeter.phone');
    if (!id) {
      const bytes = new Uint8Array(16);
      crypto.getRandomValues(bytes);
      id = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
      store.setItem('debtmeter.phone', id);
    }
    return id;
  }

  let view = null;          // the room's latest state as this phone may see it
  let shownItem = null;     // the id of the item whose cards are on the page
  let shownRevealed = false;
  let ended = false;
  let events = null;
  let tapCount = 0;         // answers to older taps are ignored once a newer tap was sent
  let choiceWaitingForPin = null;

  function chosenKey(itemId) {
    return store.getItem('debtmeter.choice.' + itemId);
  }

  function show(sectionId) {
    for (const id of ['connecting', 'pin', 'waiting', 'item', 'ended']) {
      $(id).hidden = id !== sectionId;
    }
  }

  function setStatus(text, kind) {
    const status = $('status');
    status.textContent = text;
    status.className = 'status' + (kind ? ' ' + kind : '');
  }

  function setConnection(text) {
    $('connection').textContent = text || '';
    $('connection').hidden = !text;
  }

  function describe(choice) {
    return choice.number ? choice.number + ' — ' + choice.label : choice.label;
  }

  function render() {
    if (ended || !view) {
      return;
    }
    if (!view.open) {
      endVoting();
      return;
    }
    if (view.pinRequired && !store.getItem('debtmeter.pin')) {
      show('pin');
      return;
    }
    if (!view.item) {
      shownItem = null;
      show('waiting');
      return;
    }
    show('item');
    const item = view.item;
    if (item.id !== shownItem) {
      buildCards(item);
      shownItem = item.id;
      shownRevealed = view.revealed;
      setStatus('');
    } else if (shownRevealed && !view.revealed) {
      // The facilitator started a new round on this item: the earlier votes are gone.
      store.removeItem('debtmeter.choice.' + item.id);
      setStatus('');
    }
    shownRevealed = view.revealed;
    $('revealed').hidden = !view.revealed;
    for (const card of document.querySelectorAll('.card')) {
      card.disabled = view.revealed;
    }
    markChosen();
  }

  function buildCards(item) {
    $('position').textContent = item.position;
    $('title').textContent = item.title;
    $('question').textContent = item.question;
    $('question').hidden = !item.question;
    const scale = $('choices');
    const asides = $('asides');
    scale.replaceChildren();
    asides.replaceChildren();
    for (const choice of item.choices) {
      const aside = choice.aside === true;
      const card = document.createElement('button');
      card.type = 'button';
      card.className = aside ? 'card aside' : 'card';
      card.dataset.key = choice.key;
      card.setAttribute('aria-pressed', 'false');
      if (!aside) {
        const number = document.createElement('span');
        number.className = 'number';
        number.textContent = choice.number;
        card.append(number);
      }
      const label = document.createElement('span');
      label.className = 'label';
      label.textContent = choice.label;
      card.append(label);
      if (!aside && choice.detail) {
        const detail = document.createElement('span');
        detail.className = 'detail';
        detail.textContent = choice.detail;
        card.append(detail);
      }
      card.addEventListener('click', () => vote(choice));
      (aside ? asides : scale).append(card);
    }
    asides.hidden = asides.childElementCount === 0;
  }

  function markChosen() {
    const key = shownItem && chosenKey(shownItem);
    let chosen = null;
    for (const card of document.querySelectorAll('.card')) {
      const pressed = card.dataset.key === key;
      card.setAttribute('aria-pressed', String(pressed));
      if (pressed) {
        chosen = view.item.choices.find((c) => c.key === key);
      }
    }
    if (chosen && !$('status').classList.contains('error')) {
      setStatus(view.revealed ? 'Your vote: ' + describe(chosen)
          : 'Your vote: ' + describe(chosen) + ' · you can change it until the reveal', 'ok');
    }
  }

  const REFUSALS = {
    'wrong-item': 'The facilitator has moved on — this page is catching up.',
    'already-revealed': 'Votes on this item are already revealed.',
    'closed': 'Voting is not open right now.',
    'unknown-choice': 'That choice is not on this item any more.',
    'room-full': 'The room is full — no more phones can vote.',
    'too-many-requests': 'Too many taps at once — wait a moment and tap again.',
  };

  async function vote(choice) {
    if (!view || view.revealed || !shownItem) {
      return;
    }
    const itemId = shownItem;
    const tap = ++tapCount;
    const body = { item: itemId, choice: choice.key, phone: phoneId() };
    const name = $('name-input').value.trim();
    if (name) {
      body.name = name;
    }
    const pin = store.getItem('debtmeter.pin');
    if (pin) {
      body.pin = pin;
    }
    setStatus('Sending…');
    let response;
    try {
      response = await fetch(base + 'vote', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        cache: 'no-store',
        credentials: 'omit',
      });
    } catch (e) {
      if (tap === tapCount) {
        setStatus('Could not reach the laptop — check your Wi-Fi and tap again.', 'error');
      }
      return;
    }
    if (tap !== tapCount || itemId !== shownItem) {
      return;
    }
    if (response.status === 204) {
      store.setItem('debtmeter.choice.' + itemId, choice.key);
      setStatus('');
      markChosen();
      return;
    }
    if (response.status === 403) {
      store.removeItem('debtmeter.pin');
      choiceWaitingForPin = choice;
      $('pin-error').hidden = false;
      $('pin-input').value = '';
      show('pin');
      $('pin-input').focus();
      return;
    }
    let key = null;
    try {
      key = (await response.json()).error;
    } catch (e) {
      // A refusal without a body: the generic message below says enough.
    }
    setStatus(REFUSALS[key] || 'Your vote did not get through — please tap again.', 'error');
  }

  $('pin-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const pin = $('pin-input').value.trim();
    if (!/^[0-9]{1,12}$/.test(pin)) {
      $('pin-error').hidden = false;
      return;
    }
    store.setItem('debtmeter.pin', pin);
    $('pin-error').hidden = true;
    render();
    const waiting = choiceWaitingForPin;
    choiceWaitingForPin = null;
    if (waiting && view && view.item && view.item.choices.some((c) => c.key === waiting.key)) {
      vote(waiting);
    }
  });

  $('name-input').value = store.getItem('debtmeter.name') || '';
  $('name-input').addEventListener('input', () => store.setItem('debtmeter.name', $('name-input').value));
  // A name typed after voting goes with the vote already given, so the projector shows it too.
  $('name-input').addEventListener('change', () => {
    const key = shownItem && chosenKey(shownItem);
    const choice = key && view && !view.revealed && view.item.choices.find((c) => c.key === key);
    if (choice) {
      vote(choice);
    }
  });

  function endVoting() {
    ended = true;
    if (events) {
      events.close();
    }
    setConnection('');
    show('ended');
  }

  function connect() {
    events = new EventSource(base + 'events');
    events.onopen = () => setConnection('');
    events.onmessage = (message) => {
      setConnection('');
      view = JSON.parse(message.data);
      render();
    };
    events.onerror = () => {
      if (ended) {
        return;
      }
      if (events.readyState === EventSource.CLOSED) {
        // The server answered with an error, so the browser will not retry by itself: a 404 means
        // the laptop has stopped voting; anything else (a full room) is worth another try.
        checkStillOpen();
      } else {
        setConnection('Connection lost — reconnecting…');
      }
    };
  }

  // Asks the stream's address itself: 404 (the laptop stopped serving this code) or 503 "closed"
  // means voting is over; 503 "room-full" is worth another try in a while.
  async function checkStillOpen() {
    const probe = new AbortController();
    try {
      const response = await fetch(base + 'events', { cache: 'no-store', credentials: 'omit', signal: probe.signal });
      const key = response.status === 503 ? (await response.json()).error : null;
      probe.abort();
      if (response.status === 404 || key === 'closed') {
        endVoting();
        return;
      }
      setConnection(key === 'room-full' ? 'The room is full — trying again in a moment…' : 'Connection lost — reconnecting…');
    } catch (e) {
      setConnection('Connection lost — reconnecting…');
    }
    setTimeout(connect, 5000);
  }

  connect();
})();

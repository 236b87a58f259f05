import { mount } from 'svelte';
import { deck, visuals } from 'virtual:deck';
import './fonts';
import './styles/global.css';
import { readConfig } from './config';
import { configureGsap } from './motion/motion';
import { createShow } from './show';
import Audience from './views/Audience.svelte';

configureGsap();
const config = readConfig(location.search);
document.documentElement.lang = 'en';
document.title = deck.title;
if (config.forceReducedMotion) document.documentElement.dataset.motion = 'reduced';

const show = createShow(deck, config, window);
mount(Audience, { target: document.getElementById('app')!, props: { deck, visuals, ...show } });

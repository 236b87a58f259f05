import { mount } from 'svelte';
import { deck, visuals } from 'virtual:deck';
import './fonts';
import './styles/global.css';
import App from './App.svelte';
import { readConfig } from './config';
import { configureGsap } from './motion/motion';

configureGsap();
const config = readConfig(location.search);
document.documentElement.lang = 'en';
document.title = deck.title;
if (config.forceReducedMotion) document.documentElement.dataset.motion = 'reduced';

mount(App, { target: document.getElementById('app')!, props: { deck, visuals, config } });
